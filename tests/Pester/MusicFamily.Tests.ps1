# The music family beyond generate, uploads and the synchronous helpers, as a user runs them: the built module
# against the emulator on loopback (its API, files and upload origins).
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    # Tracks of 40 s (a persona's default window is 0–30 s), at 8 kHz so files stay small; minutes pass in a second.
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '300', '--track-seconds', '40', '--wav-seconds', '5', '--wav-sample-rate', '8000'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri -UploadBaseUri $script:emu.UploadUri

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }
    function New-TestFolder { $d = Join-Path $TestDrive ([guid]::NewGuid().ToString('N')); New-Item -ItemType Directory $d | Out-Null; $d }
    function Get-Sha([string] $Path) { (Get-FileHash -Algorithm SHA256 -LiteralPath $Path).Hash }

    # A real MP3 on disk: a finished emulator track saved once (its length is in the file's frames).
    $script:music = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.05
    $script:localMp3 = ($script:music.Tracks[0] | Save-SunoTrack -Path (Join-Path $TestDrive 'source') -NoTag).FullName
    $script:longMusic = New-SunoMusic -Prompt 'A long song [duration:75]' -Wait -PollIntervalSec 0.05
    $script:longMp3 = ($script:longMusic.Tracks[0] | Save-SunoTrack -Path (Join-Path $TestDrive 'long') -NoTag).FullName
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'Send-SunoFile' {
    It 'uploads a small file as base64 and the host serves back the same bytes' {
        $before = Get-EmulatorStats
        $up = Send-SunoFile -Path $script:localMp3
        $up.Method | Should -Be 'Base64'
        $up.FileSize | Should -Be (Get-Item $script:localMp3).Length
        $up.MimeType | Should -Be 'audio/mpeg'
        $up.ExpiresAt | Should -Be $up.UploadedAt.AddDays(3)
        $up.DownloadUrl | Should -BeLike "$($script:emu.UploadUri)*"
        $copy = Join-Path (New-TestFolder) 'back.mp3'
        Invoke-WebRequest -Uri $up.DownloadUrl -OutFile $copy
        Get-Sha $copy | Should -Be (Get-Sha $script:localMp3)
        $after = Get-EmulatorStats
        $after.requestsByPath.'/api/file-base64-upload' | Should -Be ($before.requestsByPath.'/api/file-base64-upload' + 1)
    }

    It 'streams a file over 10 MB as multipart, intact' {
        $big = Join-Path (New-TestFolder) 'big.bin'
        $bytes = [byte[]]::new(10MB + 12345); [Random]::new(7).NextBytes($bytes); [IO.File]::WriteAllBytes($big, $bytes)
        $up = Get-Item $big | Send-SunoFile -UploadPath 'tests/big'
        $up.Method | Should -Be 'Stream'
        $up.FilePath | Should -Be 'tests/big/big.bin'
        $copy = Join-Path (New-TestFolder) 'big.bin'
        Invoke-WebRequest -Uri $up.DownloadUrl -OutFile $copy
        Get-Sha $copy | Should -Be (Get-Sha $big)
    }

    It 'asks the host to fetch a URL' {
        $up = Send-SunoFile -Uri $script:music.Tracks[1].AudioUrl -FileName 'fetched.mp3'
        $up.Method | Should -Be 'Url'
        $up.FileName | Should -Be 'fetched.mp3'
        $up.FileSize | Should -BeGreaterThan 0
    }

    It 'refuses a missing file and a bad upload path without sending anything' {
        $before = (Get-EmulatorStats).uploadRequests
        Send-SunoFile -Path (Join-Path $TestDrive 'nope.mp3') -ErrorVariable e1 -ErrorAction SilentlyContinue
        $e1[0].FullyQualifiedErrorId | Should -BeLike 'SunoFileNotFound*'
        Send-SunoFile -Path $script:localMp3 -UploadPath '/abs/' -ErrorVariable e2 -ErrorAction SilentlyContinue
        $e2[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e2[0].ToString() | Should -Match '-UploadPath'
        Send-SunoFile -Path $script:localMp3 -WhatIf
        (Get-EmulatorStats).uploadRequests | Should -Be $before
    }

    It 'maps the host''s refusal of the key to SunoAuthenticationFailed and never shows the key' {
        Set-SunoApiKey -ApiKey 'wrong-key-000000000000'
        try {
            # A rejected key stops the command (every further upload would be refused too).
            $e = $null
            try { Send-SunoFile -Path $script:localMp3 } catch { $e = $_ }
            $e.FullyQualifiedErrorId | Should -BeLike 'SunoAuthenticationFailed*'
            $e.ToString() | Should -Match 'upload host'
            $e.ToString() | Should -Not -Match 'wrong-key'
        }
        finally { Set-SunoApiKey -ApiKey $script:emu.Key }
    }

    It 'shows the upload host in effect' {
        (Get-SunoApiKey).UploadBaseUri | Should -Be $script:emu.UploadUri
    }
}

Describe 'New-SunoCover and the chain a user runs' {
    It 'uploads a local file, covers it, extends the cover, converts it to WAV and saves everything verified' {
        $dir = New-TestFolder
        $cover = New-SunoCover -AudioPath $script:localMp3 -Style 'Jazz, brushed drums' -Title 'Blue' -Instrumental -Model V4
        $cover.Family | Should -Be 'Music'
        $cover.OperationType | Should -Be 'upload_cover'
        $uploadUrl = $cover.Parameters['uploadUrl']
        $uploadUrl | Should -BeLike "$($script:emu.UploadUri)*"
        $back = Join-Path $dir 'uploaded.mp3'
        Invoke-WebRequest -Uri $uploadUrl -OutFile $back
        Get-Sha $back | Should -Be (Get-Sha $script:localMp3)

        $covered = $cover | Wait-SunoTask -PollIntervalSec 0.05
        $covered.Status | Should -Be 'SUCCESS'
        $covered.Parameters['uploadUrl'] | Should -Be $uploadUrl # what the API received

        $extension = $covered.Tracks[0] | New-SunoExtension -Prompt '[Outro] fade' -Style Jazz -ContinueAt 20
        $extension.OperationType | Should -Be 'extend'
        $extension.Parameters['audioId'] | Should -Be $covered.Tracks[0].Id
        $extension.Parameters['model'] | Should -Be 'V4'
        $extension.Parameters['defaultParamFlag'] | Should -BeTrue
        $extension.Parameters['continueAt'] | Should -Be 20
        $extension.Parameters['title'] | Should -Be $covered.Tracks[0].Title
        $extended = $extension | Wait-SunoTask -PollIntervalSec 0.05
        $extended.ParentMusicId | Should -Be $covered.Tracks[0].Id

        $wav = $extended.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask -PollIntervalSec 0.05
        $files = @($covered, $extended, $wav) | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 5
        foreach ($f in $files | Where-Object Extension -eq '.mp3') {
            $f.SunoStatus | Should -Be 'Downloaded'
            $bytes = [IO.File]::ReadAllBytes($f.FullName)
            [Text.Encoding]::ASCII.GetString($bytes, 0, 3) | Should -Be 'ID3'
        }
        $wavFile = $files | Where-Object Extension -eq '.wav'
        [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($wavFile.FullName), 0, 4) | Should -Be 'RIFF'
        Get-ChildItem $dir -Filter '*.partial*' -Force | Should -BeNullOrEmpty
    }

    It 'with -WhatIf uploads nothing and submits nothing' {
        $before = Get-EmulatorStats
        New-SunoCover -AudioPath $script:localMp3 -Prompt 'an acoustic version' -WhatIf
        $after = Get-EmulatorStats
        $after.uploadRequests | Should -Be $before.uploadRequests
        $after.apiRequests | Should -Be $before.apiRequests
    }

    It 'refuses a V4_5ALL cover of a local song over a minute before uploading it' {
        $before = (Get-EmulatorStats).uploadRequests
        New-SunoCover -AudioPath $script:longMp3 -Prompt 'a cover' -Model V4_5ALL -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e[0].ToString() | Should -Match '-AudioPath'
        $e[0].ToString() | Should -Match '60 seconds'
        (Get-EmulatorStats).uploadRequests | Should -Be $before
    }

    It 'takes a Send-SunoFile result by property name' {
        $task = Send-SunoFile $script:localMp3 | New-SunoCover -Prompt 'a lullaby version'
        $task.Parameters['uploadUrl'] | Should -BeLike "$($script:emu.UploadUri)*"
        $task.Parameters['customMode'] | Should -BeFalse
    }
}

Describe 'New-SunoExtension' {
    It 'inherits the source''s parameters and model when none are given' {
        $task = $script:music.Tracks[1] | New-SunoExtension
        $task.Parameters['defaultParamFlag'] | Should -BeFalse
        $task.Parameters['model'] | Should -Be $script:music.Model
        $task.Parameters.Keys | Should -Not -Contain 'title'
        ($task | Wait-SunoTask -PollIntervalSec 0.05).Status | Should -Be 'SUCCESS'
    }

    It 'refuses -ContinueAt past the end of the track without sending it' {
        $before = (Get-EmulatorStats).generateAccepted
        $script:music.Tracks[0] | New-SunoExtension -Prompt 'x' -Style y -ContinueAt 500 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e[0].ToString() | Should -Match '-ContinueAt'
        (Get-EmulatorStats).generateAccepted | Should -Be $before
    }

    It 'requires the documented custom parameters' {
        New-SunoExtension -TaskId $script:music.TaskId -AudioId $script:music.Tracks[0].Id -Style Folk -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].ToString() | Should -Match '-Prompt is required'
        $e[0].ToString() | Should -Match '-ContinueAt is required'
    }

    It 'extends an upload through upload-extend' {
        $task = New-SunoExtension -AudioPath $script:localMp3 -Style Ambient -Title Drift -Instrumental -ContinueAt 10 -Wait -PollIntervalSec 0.05
        $task.OperationType | Should -Be 'upload_extend'
        $task.Parameters['instrumental'] | Should -BeTrue
        $task.Status | Should -Be 'SUCCESS'
    }
}

Describe 'Add-SunoInstrumental, Add-SunoVocal, New-SunoMashup' {
    It 'adds an instrumental to an uploaded vocal and saves it' {
        $dir = New-TestFolder
        $files = Add-SunoInstrumental -AudioPath $script:localMp3 -Title 'Walk' -Style 'Lo-fi' -NegativeTags 'Metal' -Wait -PollIntervalSec 0.05 | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
    }

    It 'refuses add-instrumental without its required fields, sending nothing' {
        $before = (Get-EmulatorStats).apiRequests
        Add-SunoInstrumental -UploadUri 'https://example.org/v.mp3' -Title 'Walk' -Model V4 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].ToString() | Should -Match '-Style is required'
        $e[0].ToString() | Should -Match '-NegativeTags is required'
        $e[0].ToString() | Should -Match "-Model must be 'V4_5PLUS'"
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'adds vocals with CSV rows bound by property name' {
        $up = Send-SunoFile $script:localMp3
        $rows = @([pscustomobject]@{ UploadUrl = $up.DownloadUrl; Lyrics = '[Verse] City lights'; Title = 'City'; Tags = 'Soul'; NegativeTags = 'Screamo'; Model = 'V5' })
        $task = $rows | Add-SunoVocal
        $task.Parameters['prompt'] | Should -Be '[Verse] City lights'
        $task.Parameters['style'] | Should -Be 'Soul'
        $task.Parameters['model'] | Should -Be 'V5'
    }

    It 'mashes up a local file and a URL' {
        $task = New-SunoMashup -AudioPath $script:localMp3 -UploadUri $script:music.Tracks[1].AudioUrl -Prompt 'An upbeat blend'
        $list = $task.Parameters['uploadUrlList']
        $list | Should -HaveCount 2
        $list[0] | Should -BeLike "$($script:emu.UploadUri)*"
        $list[1] | Should -Be $script:music.Tracks[1].AudioUrl
        ($task | Wait-SunoTask -PollIntervalSec 0.05).Status | Should -Be 'SUCCESS'
    }

    It 'refuses a mashup of three audios, uploading none' {
        $before = Get-EmulatorStats
        New-SunoMashup -AudioPath $script:localMp3, $script:localMp3 -UploadUri 'https://example.org/c.mp3' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].ToString() | Should -Match 'Exactly 2 audios'
        (Get-EmulatorStats).uploadRequests | Should -Be $before.uploadRequests
    }
}

Describe 'New-SunoSound' {
    It 'generates a loop with tempo and key, and saves it' {
        $dir = New-TestFolder
        $task = New-SunoSound 'Rain on a tin roof' -Loop -Tempo 90 -Key 'c#m'
        $task.Parameters['soundKey'] | Should -Be 'C#m'
        $task.Parameters['soundTempo'] | Should -Be 90
        $task.Parameters['soundLoop'] | Should -BeTrue
        $task.Parameters['model'] | Should -Be 'V5'
        $task | Wait-SunoTask -PollIntervalSec 0.05 | Save-SunoTrack -Path $dir | Should -HaveCount 2
    }

    It 'refuses a tempo over 300 and an unknown key' {
        New-SunoSound 'x' -Tempo 301 -ErrorVariable e1 -ErrorAction SilentlyContinue
        $e1[0].ToString() | Should -Match '-Tempo must be a number between 1 and 300'
        New-SunoSound 'x' -Key 'H' -ErrorVariable e2 -ErrorAction SilentlyContinue
        $e2[0].ToString() | Should -Match '-Key must be'
    }

    It 'tab-completes the documented keys, quoting sharps' {
        $line = 'New-SunoSound x -Key C'
        $done = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $done.CompletionMatches.CompletionText | Should -Contain "'C#m'"
        $done.CompletionMatches.CompletionText | Should -Contain 'Cm'
    }
}

Describe 'Edit-SunoTrack' {
    It 'replaces a section of a piped track, lending its title and style' {
        $track = $script:music.Tracks[0]
        $task = $track | Edit-SunoTrack -SectionStart 5 -SectionEnd 15.5 -Lyrics '[Chorus] new words' -FullLyrics '[Verse] old [Chorus] new words'
        $task.Parameters['infillStartS'] | Should -Be 5
        $task.Parameters['infillEndS'] | Should -Be 15.5
        $task.Parameters['prompt'] | Should -Be '[Chorus] new words'
        $task.Parameters['title'] | Should -Be $track.Title
        $task.Parameters['tags'] | Should -Be $track.Tags
        ($task | Wait-SunoTask -PollIntervalSec 0.05).Status | Should -Be 'SUCCESS'
    }

    It 'refuses a window too short or more than half the song, sending nothing' {
        $before = (Get-EmulatorStats).apiRequests
        $script:music.Tracks[0] | Edit-SunoTrack -SectionStart 5 -SectionEnd 8 -Lyrics a -FullLyrics b -ErrorVariable e1 -ErrorAction SilentlyContinue
        $e1[0].ToString() | Should -Match '-SectionStart to -SectionEnd spans 3 seconds'
        $script:music.Tracks[0] | Edit-SunoTrack -SectionStart 0 -SectionEnd 25 -Lyrics a -FullLyrics b -ErrorVariable e2 -ErrorAction SilentlyContinue
        $e2[0].ToString() | Should -Match 'half'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }
}

Describe 'New-SunoPersona, Get-SunoTimestampedLyric, Optimize-SunoStyle' {
    It 'makes one persona per track; a second is SunoAlreadyExists' {
        $music = New-SunoMusic -Prompt 'A soul song' -Wait -PollIntervalSec 0.05
        $persona = $music.Tracks[0] | New-SunoPersona -Name 'Ava' -Description 'Warm alto' -VocalStart 2 -VocalEnd 22
        $persona.PersonaId | Should -Not -BeNullOrEmpty
        $persona.AudioId | Should -Be $music.Tracks[0].Id
        $music.Tracks[0] | New-SunoPersona -Name 'Ava 2' -Description 'again' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoAlreadyExists*'
        $e[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'refuses a persona window shorter than 10 seconds' {
        $script:music.Tracks[1] | New-SunoPersona -Name n -Description d -VocalStart 0 -VocalEnd 5 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].ToString() | Should -Match '-VocalStart to -VocalEnd spans 5 seconds'
    }

    It 'gives the words with their times and sections, as objects or LRC, and Save-SunoTrack -IncludeLyrics writes the .lrc' {
        $music = New-SunoMusic -Style Folk -Title 'Road' -Prompt "[Verse]`nLong road home`n[Chorus]`nSing it loud" -Wait -PollIntervalSec 0.05
        $words = $music.Tracks[0] | Get-SunoTimestampedLyric
        $words.Word | Should -Not -Contain '[Verse]'
        ($words | Select-Object -First 1).Section | Should -Be 'Verse'
        ($words | Where-Object Word -eq 'Sing').Section | Should -Be 'Chorus'
        $words[0].StartS | Should -BeLessThan $words[-1].StartS
        $lrc = $music.Tracks[0] | Get-SunoTimestampedLyric -AsLrc
        $lrc | Should -Match '^\[ti:Road\]'
        $lrc | Should -Match '\[\d\d:\d\d\.\d\d\]Long road home'

        $dir = New-TestFolder
        $files = $music | Save-SunoTrack -Path $dir -IncludeLyrics
        foreach ($f in $files) {
            $f.SunoLyricsPath | Should -Be ([IO.Path]::ChangeExtension($f.FullName, '.lrc'))
            Get-Content -Raw $f.SunoLyricsPath | Should -Match '\[\d\d:\d\d\.\d\d\]Sing it loud'
        }
    }

    It 'boosts a style and reports decimal credits' {
        $credits = Get-SunoCredit
        $boost = Optimize-SunoStyle 'Pop, Mysterious'
        $boost.Style | Should -Not -BeNullOrEmpty
        $boost.CreditsConsumed | Should -BeOfType [decimal]
        $boost.CreditsConsumed | Should -BeGreaterThan 0
        $boost.CreditsRemaining | Should -BeLessThan $credits
    }
}
