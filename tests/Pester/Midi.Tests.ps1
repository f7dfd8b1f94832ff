# The MIDI family end to end, as a user runs it: the built module against the emulator on loopback, and the saved
# .mid read back by NAudio (the module's own copy of it).
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '4'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-FinishedSplit([string] $Prompt = 'A funky bass groove', [string] $Mode = 'SplitStem') {
        New-SunoMusic -Prompt $Prompt -Wait -PollIntervalSec 0.1 | ForEach-Object { $_.Tracks[0] } |
            Split-SunoTrack -Mode $Mode -Wait -PollIntervalSec 0.1
    }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }

    function Read-Midi([string] $Path) {
        $file = [NAudio.Midi.MidiFile]::new($Path, $true)
        $tracks = foreach ($t in 0..($file.Tracks - 1)) {
            $events = @($file.Events[$t])
            [pscustomobject]@{
                Name     = ($events | Where-Object { $_ -is [NAudio.Midi.TextEvent] -and $_.MetaEventType -eq 'SequenceTrackName' } | Select-Object -First 1).Text
                Notes    = @($events | Where-Object { $_ -is [NAudio.Midi.NoteOnEvent] -and $_.Velocity -gt 0 })
                Tempo    = @($events | Where-Object { $_ -is [NAudio.Midi.TempoEvent] })
                LastIsEnd = [NAudio.Midi.MidiEvent]::IsEndTrack($events[-1])
            }
        }
        [pscustomobject]@{ File = $file; Tracks = $tracks; NoteCount = ($tracks | ForEach-Object { $_.Notes.Count } | Measure-Object -Sum).Sum }
    }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'New-SunoMidi' {
    It 'is the chain a user runs: music, a SplitStem separation, MIDI, and a .mid whose notes are the record''s' {
        $dir = New-TestFolder
        $stemsDir = New-TestFolder

        $track = New-SunoMusic -Prompt 'A funky bass groove' | Wait-SunoTask -PollIntervalSec 0.1 | ForEach-Object { $_.Tracks[0] }
        $split = $track | Split-SunoTrack -Mode SplitStem | Wait-SunoTask -PollIntervalSec 0.1
        $stemFiles = $split | Save-SunoTrack -Path $stemsDir
        $stemFiles | Should -HaveCount $split.Outputs.Count
        $stemFiles.Name | ForEach-Object { $_ | Should -Match ' - (Vocals|Drums|Bass|Guitar|Keyboard) - ' }

        $midi = $split | New-SunoMidi | Wait-SunoTask -PollIntervalSec 0.1
        $midi.Family | Should -Be 'Midi'
        $midi.ApiStatus | Should -Be '1'
        $midi.Status | Should -Be 'SUCCESS'
        $midi.NoteCount | Should -BeGreaterThan 0
        $midi.Midi.Instruments.Name | Should -Contain 'Drums'
        $midi.Outputs | Should -HaveCount 1
        $midi.Outputs[0].Kind | Should -Be 'Midi'
        $midi.Outputs[0].Url | Should -BeNullOrEmpty
        $midi.Title | Should -Be $track.Title

        $file = $midi | Save-SunoTrack -Path $dir
        $file | Should -HaveCount 1
        $file.Extension | Should -Be '.mid'
        $file.SunoStatus | Should -Be 'Downloaded'

        $read = Read-Midi $file.FullName
        $read.File.FileFormat | Should -Be 1
        $read.NoteCount | Should -Be $midi.NoteCount
        $record = $midi.RawRecord | ConvertFrom-Json
        $read.NoteCount | Should -Be (($record.midiData.instruments | ForEach-Object { $_.notes.Count }) | Measure-Object -Sum).Sum
        $read.Tracks[0].Tempo | Should -HaveCount 1
        $read.Tracks | Select-Object -Skip 1 | ForEach-Object Name | Should -Be @($midi.Midi.Instruments.Name)
        $read.Tracks | ForEach-Object { $_.LastIsEnd | Should -BeTrue }
        $drums = $read.Tracks | Where-Object Name -eq 'Drums'
        $drums.Notes | ForEach-Object { $_.Channel | Should -Be 10 }
        $others = $read.Tracks | Select-Object -Skip 1 | Where-Object Name -ne 'Drums'
        $others | ForEach-Object { $_.Notes | ForEach-Object { $_.Channel | Should -Not -Be 10 } }
        $read.Tracks | ForEach-Object { $_.Notes | ForEach-Object { $_.Velocity | Should -BeGreaterOrEqual 1; $_.Velocity | Should -BeLessOrEqual 127 } }
    }

    It 'makes MIDI of one stem when a stem output is piped in' {
        $split = New-FinishedSplit
        $drums = $split.Outputs | Where-Object StemName -eq 'Drums'
        $midi = $drums | New-SunoMidi -Wait -PollIntervalSec 0.1
        $midi.SourceAudioId | Should -Be $drums.Id
        ($midi.RawRecord | ConvertFrom-Json).audioId | Should -Be $drums.Id
        $midi.Midi.Instruments | Should -HaveCount 1
        $midi.Midi.Instruments[0].Name | Should -Be 'Drums'
    }

    It 'refuses a piped task that is not a separation, and a separation of another mode, before sending' {
        $before = Get-SunoCredit
        $music = New-SunoMusic -Prompt 'A song' -Wait -PollIntervalSec 0.1
        $afterMusic = Get-SunoCredit
        $music | New-SunoMidi -ErrorVariable e1 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e1[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e1[0].Exception.Message | Should -Match 'is of family Music'

        $vocal = $music.Tracks[0] | Split-SunoTrack -Wait -PollIntervalSec 0.1
        $afterSplit = Get-SunoCredit
        $vocal | New-SunoMidi -ErrorVariable e2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e2[0].Exception.Message | Should -Match 'SplitStem.*separate_vocal'
        Get-SunoCredit | Should -Be $afterSplit
    }

    It 'passes on the API''s refusal of a separation that is not split_stem when nothing said so' {
        $vocal = New-FinishedSplit -Mode SeparateVocal
        New-SunoMidi -TaskId $vocal.TaskId -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e[0].Exception.Message | Should -Match 'split_stem'
    }

    It 'reports MIDI that failed as GENERATE_MIDI_FAILED' {
        $split = New-FinishedSplit -Prompt 'A song [midi-fail]'
        $midi = $split | New-SunoMidi
        $midi | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed*'
        (Get-SunoTask -TaskId $midi.TaskId -Family Midi).Status | Should -Be 'GENERATE_MIDI_FAILED'
    }
}
