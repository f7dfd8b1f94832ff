# The voice families end to end, as a user runs them: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri -UploadBaseUri $script:emu.UploadUri
    $script:recording = 'https://files.example/my-voice.mp3'
    $script:phrase = 'https://files.example/my-phrase.mp3'

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'New-SunoVoiceValidation, Reset-SunoVoiceValidation, New-SunoVoice, Test-SunoVoice' {
    It 'uploads local recordings with -AudioPath: the voice and the phrase' {
        $me = Join-Path $TestDrive 'me.mp3'; [IO.File]::WriteAllBytes($me, [byte[]](1..200))
        $said = Join-Path $TestDrive 'phrase.mp3'; [IO.File]::WriteAllBytes($said, [byte[]](5..250))
        $before = (Get-EmulatorStats).uploadRequests
        New-SunoVoiceValidation -AudioPath $me -VocalStart 5 -VocalEnd 35 -WhatIf
        (Get-EmulatorStats).uploadRequests | Should -Be $before

        $validation = New-SunoVoiceValidation -AudioPath $me -VocalStart 5 -VocalEnd 35 -Language en
        $validation.Parameters['voiceUrl'] | Should -BeLike "$($script:emu.UploadUri)*"
        $ready = $validation | Wait-SunoTask -PollIntervalSec 0.1
        $voice = $ready | New-SunoVoice -AudioPath $said -Name 'Local voice'
        $voice.Parameters['verifyUrl'] | Should -BeLike "$($script:emu.UploadUri)*"
        ($voice | Wait-SunoTask -PollIntervalSec 0.1).VoiceId | Should -Match '^voice_'
        (Get-EmulatorStats).uploadRequests | Should -Be ($before + 2)

        New-SunoVoiceValidation -AudioPath (Join-Path $TestDrive 'none.mp3') -VocalStart 5 -VocalEnd 35 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoFileNotFound*'
    }

    It 'goes from a recording to a voice whose VoiceId New-SunoMusic takes as a voice persona' {
        $validation = New-SunoVoiceValidation -UploadUri $script:recording -VocalStart 5 -VocalEnd 35 -Language en
        $validation.Family | Should -Be 'VoiceValidation'
        $validation.State | Should -Be 'Pending'
        $validation.Parameters['vocalStartS'] | Should -Be 5

        $ready = $validation | Wait-SunoTask -PollIntervalSec 0.1
        $ready.ApiStatus | Should -Be 'wait_validating'
        $ready.State | Should -Be 'Succeeded'
        $ready.ValidationPhrase | Should -Not -BeNullOrEmpty
        $ready.ErrorCode | Should -BeNullOrEmpty

        $voice = $ready | New-SunoVoice -UploadUri $script:phrase -Name 'My voice' -SingerSkillLevel Advanced
        $voice.Family | Should -Be 'Voice'

        $done = $voice | Wait-SunoTask -PollIntervalSec 0.1
        $done.ApiStatus | Should -Be 'success'
        $done.VoiceId | Should -Match '^voice_'
        $ready | Test-SunoVoice -ErrorVariable wrongFamily -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $wrongFamily[0].Exception.Message | Should -Match 'is of family VoiceValidation'
        $check = $done | Test-SunoVoice
        $check.TaskId | Should -Be $voice.TaskId
        $check.IsAvailable | Should -BeTrue

        $song = New-SunoMusic -Style Ballad -Title 'In my voice' -Prompt 'la la la' -Model V5 -PersonaId $done.VoiceId -PersonaModel voice_persona
        $song.Parameters['personaId'] | Should -Be $done.VoiceId
    }

    It 'gives a new phrase through Reset-SunoVoiceValidation (sent with the endpoint''s calBackUrl)' {
        $first = New-SunoVoiceValidation -UploadUri $script:recording -VocalStart 0 -VocalEnd 20 -Wait -PollIntervalSec 0.1
        $again = $first | Reset-SunoVoiceValidation -Wait -PollIntervalSec 0.1
        $again.Family | Should -Be 'VoiceValidation'
        $again.TaskId | Should -Not -Be $first.TaskId
        $again.ValidationPhrase | Should -Not -BeNullOrEmpty
        $again.ValidationPhrase | Should -Not -Be $first.ValidationPhrase
    }

    It 'refuses an end before the start, an unknown language and a skill level before sending' {
        $before = (Get-EmulatorStats).apiRequests
        New-SunoVoiceValidation -UploadUri $script:recording -VocalStart 30 -VocalEnd 10 -ErrorVariable e1 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e1[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest*'
        $e1[0].Exception.Message | Should -Be '-VocalEnd (10) must be later than -VocalStart.'
        New-SunoVoiceValidation -UploadUri $script:recording -VocalStart 1 -VocalEnd 10 -Language xx -ErrorVariable e2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e2[0].Exception.Message | Should -Match "-Language must be 'en' or 'zh'"
        New-SunoVoice -TaskId abc -UploadUri $script:phrase -SingerSkillLevel guru -ErrorVariable e3 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e3[0].Exception.Message | Should -Match '-SingerSkillLevel must be'
        New-SunoVoiceValidation -UploadUri 'not a url' -VocalStart 1 -VocalEnd 10 -ErrorVariable e4 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e4[0].Exception.Message | Should -Match '-UploadUri must be an absolute http or https URL'
        (Get-EmulatorStats).apiRequests | Should -Be $before
    }

    It 'reports a validation the API could not use as VALIDATE_FAILED' {
        $validation = New-SunoVoiceValidation -UploadUri 'https://files.example/voice-fail.mp3' -VocalStart 0 -VocalEnd 10
        $validation | Wait-SunoTask -PollIntervalSec 0.1 -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed*'
        $read = Get-SunoTask -TaskId $validation.TaskId -Family VoiceValidation
        $read.ApiStatus | Should -Be 'processing_validate_fail'
        $read.ErrorMessage | Should -Not -BeNullOrEmpty
    }

    It 'says a voice that is not finished is not available yet' {
        $pending = Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body @{ family = 'voice'; status = 'processing_validate' }
        $check = Test-SunoVoice -TaskId $pending.taskIds[0]
        $check.IsAvailable | Should -BeFalse
        (Get-SunoTask -TaskId $pending.taskIds[0] -Family Voice).Status | Should -Be 'GENERATING'
    }

    It 'says an unknown voice task is not found' {
        Test-SunoVoice -TaskId 'ffffffffffffffffffffffffffffffff' -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotFound*'
    }
}
