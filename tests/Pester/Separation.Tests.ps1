# The Separation family end to end, as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    # Minutes of emulated time pass in well under a second; 2 s tracks make stems of 32 KB.
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-FinishedMusic([string] $Prompt = 'A funky bass groove') {
        New-SunoMusic -Prompt $Prompt -Wait -PollIntervalSec 0.1
    }

    function Get-Credits { Get-SunoCredit }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'Split-SunoTrack' {
    It 'pipes a track through Wait-SunoTask into Save-SunoTrack and writes one verified MP3 per stem, named by stem' {
        $music = New-FinishedMusic
        $dir = New-TestFolder

        $split = $music.Tracks[0] | Split-SunoTrack -Mode SplitStem
        $split.Family | Should -Be 'Separation'
        $split.State | Should -Be 'Pending'
        $split.SourceAudioId | Should -Be $music.Tracks[0].Id
        $split.Type | Should -Be 'split_stem'

        $done = $split | Wait-SunoTask -PollIntervalSec 0.1
        $done.Status | Should -Be 'SUCCESS'
        $done.Outputs.Kind | Sort-Object -Unique | Should -Be 'Stem'
        $done.Outputs.StemName | Should -Be @('Vocals', 'Drums', 'Bass', 'Guitar', 'Keyboard')
        $done.Outputs | ForEach-Object { $_.Id | Should -Match '^[0-9a-f-]{36}$' }
        $done.Title | Should -Be $music.Tracks[0].Title

        $files = $done | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 5
        foreach ($stem in $done.Outputs) {
            $file = $files | Where-Object Name -like "* - $($stem.StemName) - *"
            $file | Should -HaveCount 1
            $file.Extension | Should -Be '.mp3'
            $bytes = [IO.File]::ReadAllBytes($file.FullName)
            $bytes[0] | Should -Be 0xFF # an MPEG frame, never ID3-tagged
        }
        Get-ChildItem -Force $dir | Should -HaveCount 5
    }

    It 'separates vocals by default and reads both stems from both lists of the record without duplicates' {
        $music = New-FinishedMusic
        $done = $music.Tracks[1] | Split-SunoTrack -Wait -PollIntervalSec 0.1
        $done.Outputs.StemName | Should -Be @('Vocals', 'Instrumental')
        $done.RawRecord | Should -Match '"originData"'
        $done.RawRecord | Should -Match '"audio_url"'
        $done.RawRecord | Should -Match '"callbackUrl"'
    }

    It 'extracts one named stem with SplitStemAdvanced' {
        $music = New-FinishedMusic
        $done = Split-SunoTrack -TaskId $music.TaskId -AudioId $music.Tracks[0].Id -Mode SplitStemAdvanced -StemName 'lead vocal' -Wait -PollIntervalSec 0.1
        $done.Outputs | Should -HaveCount 1
        $done.Outputs[0].StemName | Should -Be 'Lead Vocal'
    }

    It 'says the credits of each mode with -WhatIf and sends nothing' {
        # What-if text goes to the host, so a child pwsh shows it on its standard output.
        $before = Get-Credits
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
        $module = Join-Path $PSScriptRoot '../../out/SunoPS/SunoPS.psd1'
        $arguments += '-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$module'; Set-SunoApiKey -ApiKey '$($script:emu.Key)' -BaseUri '$($script:emu.ApiUri)'; " +
            "Split-SunoTrack -TaskId t1 -AudioId a1 -WhatIf; Split-SunoTrack -TaskId t1 -AudioId a1 -Mode SplitStem -WhatIf; " +
            "Split-SunoTrack -TaskId t1 -AudioId a1 -Mode SplitStemAdvanced -StemName Bass -WhatIf"
        $output = (& $exe @arguments 2>&1) -join "`n"
        $LASTEXITCODE | Should -Be 0
        $output | Should -BeLike '*"Split into vocals and instrumental (separate_vocal): 1 task, spending 10 credits" on target "track a1 of task t1"*'
        $output | Should -BeLike '*"Split into instrument stems (split_stem): 1 task, spending 50 credits"*'
        $output | Should -BeLike "*`"Split into the stem 'Bass' (split_stem_advanced): 1 task, spending 20 credits`"*"
        Get-Credits | Should -Be $before
    }

    It 'spends the mode''s credits when it submits' {
        $music = New-FinishedMusic
        $before = Get-Credits
        $music.Tracks[0] | Split-SunoTrack -Mode SplitStem | Out-Null
        Get-Credits | Should -Be ($before - 50)
    }

    It 'refuses SplitStemAdvanced without -StemName, and a stem name that is not documented, before sending' {
        $music = New-FinishedMusic
        $before = Get-Credits
        $music.Tracks[0] | Split-SunoTrack -Mode SplitStemAdvanced -ErrorVariable e1 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e1[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e1[0].Exception.Message | Should -Match '-StemName is required'
        $music.Tracks[0] | Split-SunoTrack -Mode SplitStemAdvanced -StemName 'Kazoo' -ErrorVariable e2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e2[0].Exception.Message | Should -Match "-StemName must be .*'Lead Vocal'.*not 'Kazoo'"
        $music.Tracks[0] | Split-SunoTrack -StemName 'Bass' -ErrorVariable e3 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e3[0].Exception.Message | Should -Match '-StemName Bass works in split_stem_advanced only'
        Get-Credits | Should -Be $before
    }

    It 'tab-completes the documented stem names' {
        $completion = TabExpansion2 -inputScript 'Split-SunoTrack -StemName Synth' -cursorColumn 'Split-SunoTrack -StemName Synth'.Length
        $completion.CompletionMatches.ListItemText | Should -Contain 'Synth Pad'
        ($completion.CompletionMatches | Where-Object ListItemText -eq 'Synth Pad').CompletionText | Should -Be "'Synth Pad'"
    }

    It 'submits CSV rows with the API''s spelling of the mode' {
        $music = New-FinishedMusic
        $row = [pscustomobject]@{ TaskId = $music.TaskId; AudioId = $music.Tracks[0].Id; Mode = 'split_stem' }
        $task = $row | Split-SunoTrack
        $task.Parameters['type'] | Should -Be 'split_stem'
    }

    It 'reports a separation that failed as the family''s failure' {
        $music = New-FinishedMusic -Prompt 'A song [separation-fail]'
        $done = $music.Tracks[0] | Split-SunoTrack | Wait-SunoTask -PollIntervalSec 0.1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed*'
        $done = Get-SunoTask -TaskId $failed[0].TargetObject -Family Separation
        $done.Status | Should -Be 'GENERATE_AUDIO_FAILED'
    }
}
