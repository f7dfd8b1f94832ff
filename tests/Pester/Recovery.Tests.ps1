# The Recovery family end to end, as a user runs it: the built module against the emulator on loopback.
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

Describe 'Restore-SunoTrack' {
    It 'pipes a music task through Wait-SunoTask into Save-SunoTrack and writes verified M4A files' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $recovery = $music | Restore-SunoTrack
        $recovery.Family | Should -Be 'Recovery'
        $recovery.Parameters['sunoTaskId'] | Should -Be $music.TaskId

        $done = $recovery | Wait-SunoTask -PollIntervalSec 0.1
        $done.ApiStatus | Should -Be '200'
        $done.Status | Should -Be 'SUCCESS'
        $done.Outputs | Should -HaveCount 2
        $done.Outputs[0].Id | Should -Be $music.Tracks[0].Id
        $done.Outputs[0].Title | Should -Be $music.Tracks[0].Title
        $done.Outputs[0].Url | Should -Match '\.m4a$'

        $files = $done | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
        $files[0].Name | Should -Be ($music.Tracks[0].Title + ' - ' + $music.Tracks[0].Id.Substring(0, 8) + '.m4a')
        foreach ($file in $files) {
            [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($file.FullName), 4, 4) | Should -Be 'ftyp'
        }
    }

    It 'saves recovered MP3s tagged and measured like songs' {
        $music = New-FinishedMusic -Prompt 'A song [recovery-mp3]'
        $dir = New-TestFolder
        $files = $music | Restore-SunoTrack | Wait-SunoTask -PollIntervalSec 0.1 | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
        $files.Extension | Sort-Object -Unique | Should -Be '.mp3'
        [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($files[0].FullName), 0, 3) | Should -Be 'ID3'
    }

    It 'names the track that was not recovered and still saves the other' {
        $music = New-FinishedMusic -Prompt 'A song [recovery-partial]'
        $done = $music | Restore-SunoTrack -Wait -PollIntervalSec 0.1
        $done.State | Should -Be 'Succeeded'
        $done.Outputs | Should -HaveCount 1
        $done.Outputs[0].Index | Should -Be 2
        $done.ErrorMessage | Should -Match ([regex]::Escape($music.Tracks[0].Id) + '.*clip_error')
    }

    It 'is SunoTaskFailed when every track fails (code 500)' {
        $music = New-FinishedMusic -Prompt 'A song [recovery-fail]'
        $music | Restore-SunoTrack | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].Exception.Target.ApiStatus | Should -Be '500'
    }

    It 'sends nothing with -WhatIf' {
        $music = New-FinishedMusic
        $before = (Get-EmulatorStats).apiRequests
        $music | Restore-SunoTrack -WhatIf | Should -BeNullOrEmpty
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'refuses a piped task of another family, and an empty id, before sending anything' {
        $lyrics = New-SunoLyric -Prompt 'Words only'
        $before = (Get-EmulatorStats).apiRequests
        $lyrics | Restore-SunoTrack -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        Restore-SunoTrack -TaskId ' ' -ErrorVariable err2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err2[0].ToString() | Should -Match '-TaskId is required'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }
}
