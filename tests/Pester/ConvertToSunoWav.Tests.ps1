# The WAV family end to end, as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = Join-Path $root 'out/SunoPS/SunoPS.psd1'
    Import-Module $script:modulePath -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    # Minutes of emulated time pass in well under a second; 2 s tracks at 8 kHz mono make WAVs of 32 KB.
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2', '--wav-seconds', '10', '--wav-sample-rate', '8000'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-FinishedMusic([string] $Prompt = 'A calm piano track') {
        New-SunoMusic -Prompt $Prompt -Wait -PollIntervalSec 0.1
    }

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }

    function Read-WavHeader([string] $Path) {
        $bytes = [IO.File]::ReadAllBytes($Path)
        [pscustomobject]@{
            Riff     = [Text.Encoding]::ASCII.GetString($bytes, 0, 4)
            RiffSize = [BitConverter]::ToUInt32($bytes, 4)
            Wave     = [Text.Encoding]::ASCII.GetString($bytes, 8, 4)
            Length   = $bytes.Length
        }
    }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'ConvertTo-SunoWav' {
    BeforeEach {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Method Delete | Out-Null
    }

    It 'pipes a track through Wait-SunoTask into Save-SunoTrack and writes a verified .wav' {
        $music = New-FinishedMusic
        $dir = New-TestFolder

        $wav = $music.Tracks[0] | ConvertTo-SunoWav
        $wav.Family | Should -Be 'Wav'
        $wav.State | Should -Be 'Pending'
        $wav.SourceAudioId | Should -Be $music.Tracks[0].Id

        $done = $wav | Wait-SunoTask -PollIntervalSec 0.1
        $done.Family | Should -Be 'Wav'
        $done.Status | Should -Be 'SUCCESS'
        $done.ApiStatus | Should -Be 'SUCCESS'
        $done.State | Should -Be 'Succeeded'
        $done.Outputs | Should -HaveCount 1
        $done.Outputs[0].Kind | Should -Be 'Wav'
        $done.RawRecord | Should -Match '"successFlag"'

        $file = $done | Save-SunoTrack -Path $dir
        $file | Should -HaveCount 1
        $file.Extension | Should -Be '.wav'
        $file.SunoStatus | Should -Be 'Downloaded'
        $file.Name | Should -BeLike ($music.Tracks[0].Title + ' - ' + $music.Tracks[0].Id.Substring(0, 8) + '.wav')
        $header = Read-WavHeader $file.FullName
        $header.Riff | Should -Be 'RIFF'
        $header.Wave | Should -Be 'WAVE'
        $header.RiffSize | Should -Be ($header.Length - 8)
        Get-ChildItem -Force $dir | Should -HaveCount 1 # no temporary file, and no ID3 tag file beside it
    }

    It 'is the documented one-liner, from a track to a saved WAV' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $file = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1 | Save-SunoTrack -Path $dir
        $file.Extension | Should -Be '.wav'
        [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($file.FullName), 0, 4) | Should -Be 'RIFF'
    }

    It 'sends the documented body and binds -TaskId and -AudioId from a CSV row' {
        $music = New-FinishedMusic
        $row = [pscustomobject]@{ TaskId = $music.TaskId; AudioId = $music.Tracks[1].Id }
        $wav = $row | ConvertTo-SunoWav
        $wav.Parameters['taskId'] | Should -Be $music.TaskId
        $wav.Parameters['audioId'] | Should -Be $music.Tracks[1].Id
        $wav.Parameters['callBackUrl'] | Should -Be 'https://example.com/callback'
        (Get-SunoTask -TaskId $wav.TaskId -Family Wav).SourceAudioId | Should -Be $music.Tracks[1].Id
    }

    It 'reads a WAV task by a CSV row with TaskId and Family columns' {
        $music = New-FinishedMusic
        $wav = $music.Tracks[0] | ConvertTo-SunoWav
        $csv = Join-Path $TestDrive 'wav.csv'
        $wav | Select-Object TaskId, Family | Export-Csv $csv
        $read = Import-Csv $csv | Get-SunoTask
        $read.Family | Should -Be 'Wav'
        $read.TaskId | Should -Be $wav.TaskId
    }

    It 'sends nothing with -WhatIf' {
        $music = New-FinishedMusic
        $before = (Get-EmulatorStats).apiRequests
        $result = $music.Tracks[0] | ConvertTo-SunoWav -WhatIf
        $result | Should -BeNullOrEmpty
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'refuses an empty audio id before sending anything' {
        $before = (Get-EmulatorStats).apiRequests
        ConvertTo-SunoWav -TaskId 'abc' -AudioId '' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].ToString() | Should -Match '-AudioId is required'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'is SunoAlreadyExists for a second WAV of the same track' {
        $music = New-FinishedMusic
        $music.Tracks[0] | ConvertTo-SunoWav | Out-Null
        $second = $music.Tracks[0] | ConvertTo-SunoWav -ErrorVariable err -ErrorAction SilentlyContinue
        $second | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoAlreadyExists,*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'waits with -Wait and returns the finished task' {
        $music = New-FinishedMusic
        $done = $music.Tracks[1] | ConvertTo-SunoWav -Wait -PollIntervalSec 0.1
        $done.State | Should -Be 'Succeeded'
        $done.Outputs[0].Url | Should -Match '\.wav$'
    }

    It 'is SunoTaskFailed with the API''s code when the conversion fails' {
        $music = New-FinishedMusic -Prompt 'A song [wav-fail]'
        $music.State | Should -Be 'Succeeded'
        $result = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].Exception.Target.Status | Should -Be 'GENERATE_WAV_FAILED'
        $err[0].Exception.Target.State | Should -Be 'Failed'
    }

    It 'skips an existing WAV unless -Force' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $done = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1
        $first = $done | Save-SunoTrack -Path $dir
        $again = $done | Save-SunoTrack -Path $dir
        $again.SunoStatus | Should -Be 'Skipped'
        $forced = $done | Save-SunoTrack -Path $dir -Force
        $forced.SunoStatus | Should -Be 'Downloaded'
        $forced.FullName | Should -Be $first.FullName
    }

    It 'saves the API''s WAV record verbatim with -IncludeMetadata' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $done = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1
        $file = $done | Save-SunoTrack -Path $dir -IncludeMetadata
        $json = Get-Content -Raw $file.SunoMetadataPath | ConvertFrom-Json
        $json.successFlag | Should -Be 'SUCCESS'
        $json.musicId | Should -Be $music.Tracks[0].Id
        $json.PSObject.Properties.Name | Should -Contain 'callbackUrl'
    }

    It 'leaves nothing half-written when a WAV download is truncated every time' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $done = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body @{ target = 'files'; kind = 'truncate'; bytes = 100; count = -1 } | Out-Null
        $file = $done | Save-SunoTrack -Path $dir -ErrorVariable err -ErrorAction SilentlyContinue
        $file | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoDownloadFailed,*'
        @(Get-ChildItem -Force $dir -ErrorAction SilentlyContinue) | Should -HaveCount 0
    }

    It 'leaves no partial WAV when the pipeline is stopped mid-download' {
        $music = New-FinishedMusic
        $dir = New-TestFolder
        $done = $music.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.1
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body @{ target = 'files'; kind = 'slow'; bytesPerSecond = 2000; count = -1 } | Out-Null

        $ps = Stop-SunoSaveMidDownload -ModulePath $script:modulePath -Emulator $script:emu -Folder $dir -Arguments @{ TaskId = $done.TaskId; Family = 'Wav' }
        try {
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            Get-ChildItem -Force $dir | Should -BeNullOrEmpty
        }
        finally { $ps.Dispose() }
    }
}
