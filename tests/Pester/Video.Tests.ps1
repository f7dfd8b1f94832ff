# The Video family end to end, as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-FinishedMusic([string] $Prompt = 'A calm piano track') { New-SunoMusic -Prompt $Prompt -Wait -PollIntervalSec 0.1 }

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }

    # The top-level ISO media boxes of a file, as (type, size) pairs.
    function Get-TopBoxes([string] $Path) {
        $bytes = [IO.File]::ReadAllBytes($Path)
        $offset = 0
        while ($offset -lt $bytes.Length) {
            $size = [int]$bytes[$offset] * 16777216 + [int]$bytes[$offset + 1] * 65536 + [int]$bytes[$offset + 2] * 256 + [int]$bytes[$offset + 3]
            [pscustomobject]@{ Type = [Text.Encoding]::ASCII.GetString($bytes, $offset + 4, 4); Size = $size }
            if ($size -lt 8) { break }
            $offset += $size
        }
    }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'New-SunoVideo' {
    BeforeEach {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Method Delete | Out-Null
    }

    It 'pipes a track through Wait-SunoTask into Save-SunoTrack and writes a verified .mp4' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $video = $music.Tracks[0] | New-SunoVideo -Author 'Night Owls' -DomainName 'example.org'
        $video.Family | Should -Be 'Video'
        $video.SourceAudioId | Should -Be $music.Tracks[0].Id
        $video.Parameters['author'] | Should -Be 'Night Owls'
        $video.Parameters['domainName'] | Should -Be 'example.org'

        $file = $video | Wait-SunoTask -PollIntervalSec 0.1 | Save-SunoTrack -Path $dir
        $file | Should -HaveCount 1
        $file.Extension | Should -Be '.mp4'
        $file.Name | Should -BeLike ($music.Tracks[0].Title + ' - Video - ' + $music.Tracks[0].Id.Substring(0, 8) + '.mp4')
        $boxes = @(Get-TopBoxes $file.FullName)
        $boxes[0].Type | Should -Be 'ftyp'
        $boxes.Type | Should -Contain 'moov'
        $boxes.Type | Should -Contain 'mdat'
        ($boxes | Measure-Object Size -Sum).Sum | Should -Be $file.Length
    }

    It 'is SunoAlreadyExists for a second video of the same track' {
        $music = New-FinishedMusic
        $music.Tracks[0] | New-SunoVideo | Out-Null
        $second = $music.Tracks[0] | New-SunoVideo -ErrorVariable err -ErrorAction SilentlyContinue
        $second | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoAlreadyExists,*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'sends nothing with -WhatIf' {
        $music = New-FinishedMusic
        $before = (Get-EmulatorStats).apiRequests
        $music.Tracks[0] | New-SunoVideo -WhatIf | Should -BeNullOrEmpty
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'refuses an author over 50 characters before sending anything' {
        $music = New-FinishedMusic
        $before = (Get-EmulatorStats).apiRequests
        $music.Tracks[0] | New-SunoVideo -Author ('a' * 51) -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].ToString() | Should -Match '-Author has 51 characters'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'fetches again a video cut short and leaves nothing half-written when it always is' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $done = $music.Tracks[1] | New-SunoVideo -Wait -PollIntervalSec 0.1
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body @{ target = 'files'; kind = 'truncate'; bytes = 100; count = -1 } | Out-Null
        $done | Save-SunoTrack -Path $dir -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoDownloadFailed,*'
        @(Get-ChildItem -Force $dir -ErrorAction SilentlyContinue) | Should -HaveCount 0
    }

    It 'is SunoTaskFailed when the video fails' {
        $music = New-FinishedMusic -Prompt 'A song [video-fail]'
        $music.Tracks[0] | New-SunoVideo | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].Exception.Target.Status | Should -Be 'GENERATE_MP4_FAILED'
    }
}
