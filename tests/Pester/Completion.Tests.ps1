# Completion and binding as a user meets them: task ids of the session, template tokens, models in any case, files
# piped back by their SunoTaskId, and values that cannot be task ids refused before anything is sent.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $script:emu = Start-SunoEmulator -SetSession -Speed 600 -TrackSeconds 3
    function Complete([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }
    function Get-Stats { Invoke-RestMethod -Uri "$($script:emu.ControlUri)stats" }
}
AfterAll { Stop-SunoEmulator }

Describe 'Completion and binding' {
    It 'completes -TaskId with the tasks this session has seen, newest first, and by -Family' {
        $music = New-SunoMusic -Prompt 'first' -Wait -PollIntervalSec 0.1
        $wav = $music.Tracks[0] | ConvertTo-SunoWav
        (Complete 'Wait-SunoTask -TaskId ').CompletionText | Select-Object -First 1 | Should -Be $wav.TaskId
        (Complete 'Get-SunoTask -TaskId ').CompletionText | Should -Contain $music.TaskId
        (Complete 'Get-SunoTask -Family Wav -TaskId ').CompletionText | Should -Be @($wav.TaskId)
        (Complete ('Save-SunoTrack -TaskId ' + $music.TaskId.Substring(0, 6))).CompletionText | Should -Contain $music.TaskId
    }

    It 'completes -FileNameTemplate tokens' {
        (Complete "Save-SunoTrack -Path x -FileNameTemplate '{Title} - {Sh").CompletionText | Should -Be @("'{Title} - {ShortId}'")
        (Complete 'Save-SunoTrack -Path x -FileNameTemplate ').CompletionText | Should -Contain "'{StemName}'"
    }

    It 'sends a documented model in its own spelling, whatever the case' {
        (New-SunoMusic -Prompt x -Model ' v4_5plus ').Parameters['model'] | Should -Be 'V4_5PLUS'
        (New-SunoSound 'rain' -Model v5).Parameters['model'] | Should -Be 'V5'
    }

    It 'pipes saved files back into Get-SunoTask, Wait-SunoTask and Save-SunoTrack by their SunoTaskId' {
        $music = New-SunoMusic -Prompt 'again' -Wait -PollIntervalSec 0.1
        $files = $music | Save-SunoTrack -Path (Join-Path $TestDrive 'a')
        ($files | Get-SunoTask).TaskId | Select-Object -Unique | Should -Be $music.TaskId
        ($files[0] | Wait-SunoTask -PollIntervalSec 0.1).Status | Should -Be 'SUCCESS'
        ($files[0] | Save-SunoTrack -Path (Join-Path $TestDrive 'b')).SunoTaskId | Select-Object -Unique | Should -Be $music.TaskId
    }

    It 'refuses what cannot be a task id without sending it' {
        $before = (Get-Stats).apiRequests
        Get-SunoTask -TaskId './music/Song - 1a2b3c4d.mp3' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e[0].ToString() | Should -Match 'cannot be a task id'
        (Get-Stats).apiRequests | Should -Be $before
    }
}
