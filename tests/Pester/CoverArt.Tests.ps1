# The CoverArt family end to end, as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-FinishedMusic([string] $Prompt = 'A calm piano track') { New-SunoMusic -Prompt $Prompt -Wait -PollIntervalSec 0.1 }

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'New-SunoCoverArt' {
    It 'pipes a music task through Wait-SunoTask into Save-SunoTrack and writes real PNG pictures' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $art = $music | New-SunoCoverArt
        $art.Family | Should -Be 'CoverArt'
        $art.SourceTaskId | Should -Be $music.TaskId

        $done = $art | Wait-SunoTask -PollIntervalSec 0.1
        $done.ApiStatus | Should -Be '1'
        $done.Status | Should -Be 'SUCCESS'
        $done.ErrorCode | Should -BeNullOrEmpty # the API's 200 means no error
        $done.SourceTaskId | Should -Be $music.TaskId
        $done.Outputs | Should -HaveCount 2

        $files = $done | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
        $files[0].Name | Should -BeLike ($music.Tracks[0].Title + ' - Image 1 - ' + $done.TaskId.Substring(0, 8) + '.png')
        foreach ($file in $files) {
            $bytes = [IO.File]::ReadAllBytes($file.FullName)
            $bytes[0..7] | Should -Be @(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)
            [Text.Encoding]::ASCII.GetString($bytes, 12, 4) | Should -Be 'IHDR'
            [Text.Encoding]::ASCII.GetString($bytes, $bytes.Length - 8, 4) | Should -Be 'IEND'
        }
    }

    It 'returns the existing cover-art task with a warning when the music task already has one, spending nothing' {
        $music = New-FinishedMusic
        $first = $music | New-SunoCoverArt -Wait -PollIntervalSec 0.1
        $credits = Get-SunoCredit
        $again = $music | New-SunoCoverArt -WarningVariable warned -WarningAction SilentlyContinue
        $again.TaskId | Should -Be $first.TaskId
        $again.Family | Should -Be 'CoverArt'
        $again.State | Should -Be 'Succeeded'
        $warned[0].Message | Should -Match "already has cover art: task $($first.TaskId)"
        Get-SunoCredit | Should -Be $credits
        $dir = New-TestFolder
        $again | Save-SunoTrack -Path $dir | Should -HaveCount 2
    }

    It 'sends nothing with -WhatIf' {
        $music = New-FinishedMusic
        $before = (Get-EmulatorStats).apiRequests
        $music | New-SunoCoverArt -WhatIf | Should -BeNullOrEmpty
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'refuses a piped task of another family before sending anything' {
        $music = New-FinishedMusic
        $wav = $music.Tracks[0] | ConvertTo-SunoWav
        $before = (Get-EmulatorStats).apiRequests
        $wav | New-SunoCoverArt -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'refuses an empty task id before sending anything' {
        $before = (Get-EmulatorStats).apiRequests
        New-SunoCoverArt -TaskId '' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].ToString() | Should -Match '-TaskId is required'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'is SunoTaskFailed when the cover fails' {
        $music = New-FinishedMusic -Prompt 'A song [cover-fail]'
        $music | New-SunoCoverArt | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].Exception.Target.ApiStatus | Should -Be '3'
    }
}
