# The Lyrics family end to end, as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = Join-Path $root 'out/SunoPS/SunoPS.psd1'
    Import-Module $script:modulePath -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'New-SunoLyric' {
    It 'pipes into Wait-SunoTask and Save-SunoTrack and writes each variant as UTF-8 text' {
        $dir = New-TestFolder
        $task = New-SunoLyric -Prompt 'Café lights on a quiet night'
        $task.Family | Should -Be 'Lyrics'
        $task.State | Should -Be 'Pending'
        $task.Prompt | Should -Be 'Café lights on a quiet night'

        $done = $task | Wait-SunoTask -PollIntervalSec 0.1
        $done.Status | Should -Be 'SUCCESS'
        $done.Outputs | Should -HaveCount 2
        $done.Outputs.Kind | Sort-Object -Unique | Should -Be 'Lyrics'
        $done.Outputs[0].Text | Should -Match '\[Verse\]'

        $files = $done | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
        $files.Extension | Sort-Object -Unique | Should -Be '.txt'
        $files[0].Name | Should -BeLike "$($done.Outputs[0].Title) - Lyrics 1 - $($done.TaskId.Substring(0, 8)).txt"
        $files[1].Name | Should -BeLike '* - Lyrics 2 - *.txt'
        $bytes = [IO.File]::ReadAllBytes($files[0].FullName)
        [Text.Encoding]::UTF8.GetString($bytes) | Should -Be $done.Outputs[0].Text
        [Text.Encoding]::UTF8.GetString($bytes) | Should -Match 'Café'
        Get-ChildItem -Force $dir | Should -HaveCount 2
    }

    It 'binds a piped string and a CSV row''s Prompt column, and sends the documented body' {
        $fromString = 'Rain on a tin roof' | New-SunoLyric
        $fromString.Parameters['prompt'] | Should -Be 'Rain on a tin roof'
        $fromString.Parameters['callBackUrl'] | Should -Be 'https://example.com/callback'
        $row = [pscustomobject]@{ Prompt = 'Wind in the pines' }
        $fromRow = $row | New-SunoLyric
        (Get-SunoTask -TaskId $fromRow.TaskId -Family Lyrics).Prompt | Should -Be 'Wind in the pines'
    }

    It 'leaves out a variant the API marks as failed' {
        $done = New-SunoLyric -Prompt 'Half a song [lyrics-partial]' -Wait -PollIntervalSec 0.1
        $done.State | Should -Be 'Succeeded'
        $done.Outputs | Should -HaveCount 1
        $done.Outputs[0].Index | Should -Be 1
    }

    It 'sends nothing with -WhatIf' {
        $before = (Get-EmulatorStats).apiRequests
        New-SunoLyric -Prompt 'Anything' -WhatIf | Should -BeNullOrEmpty
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'says with -WhatIf what each of the four families'' submissions spends' {
        # What-if text goes to the host, so a child pwsh shows it on its standard output.
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
        $arguments += '-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$script:modulePath'; " +
            "New-SunoLyric -Prompt 'Night city' -WhatIf; New-SunoVideo -TaskId t1 -AudioId a1 -WhatIf; " +
            "New-SunoCoverArt -TaskId t2 -WhatIf; Restore-SunoTrack -TaskId t3 -WhatIf"

        $output = (& $exe @arguments 2>&1) -join "`n"

        $LASTEXITCODE | Should -Be 0
        $output | Should -BeLike "*`"Generate lyrics: 1 task, spending one lyrics task's credits`" on target `"lyrics for 'Night city'`"*"
        $output | Should -BeLike "*`"Make a music video: 1 task, spending one music video task's credits`" on target `"track a1 of task t1`"*"
        $output | Should -BeLike "*`"Generate cover art: 1 task, spending one cover-art task's credits`" on target `"music task t2`"*"
        $output | Should -BeLike "*`"Recover track links: 1 task, spending one recovery task's credits`" on target `"the tracks of music task t3`"*"
    }

    It 'refuses a prompt over 200 characters before sending anything' {
        $before = (Get-EmulatorStats).apiRequests
        New-SunoLyric -Prompt ('x' * 201) -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].ToString() | Should -Match '-Prompt has 201 characters'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'is SunoTaskFailed when the lyrics fail' {
        $result = New-SunoLyric -Prompt 'A song [fail]' | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].Exception.Target.Status | Should -Be 'GENERATE_LYRICS_FAILED'
    }
}
