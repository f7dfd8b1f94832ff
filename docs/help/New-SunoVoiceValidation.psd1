@{
    Synopsis    = 'Starts a custom Suno voice from a recording of the voice.'
    Description = @'
Submits a voice validation (POST /api/v1/voice/validate) for a recording that is already online, and returns a SunoPS.SunoTask of family VoiceValidation, pending. Once it succeeds (the API's status wait_validating), its ValidationPhrase is the phrase to sing: record it, put the recording online, and give it to New-SunoVoice with the validation task. Reset-SunoVoiceValidation asks for another phrase.

-VocalStart and -VocalEnd are whole seconds of the recording that hold the singing; the end must come after the start (checked before anything is sent).
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        AudioPath       = 'A local recording of the voice. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries.'
        UploadUri       = 'Where the recording of the voice is: an http or https URL the API can fetch (the API''s voiceUrl).'
        VocalStart      = 'Where the singing starts in the recording, in whole seconds.'
        VocalEnd        = 'Where the singing ends, in whole seconds; after -VocalStart.'
        Language        = 'The language of the phrase to sing: en, zh, es, fr, pt, de, ja, ko, hi or ru (tab-completes them). The API chooses when not given.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the phrase and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which recording would be validated and that it spends credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '(New-SunoVoiceValidation -AudioPath ./me.mp3 -VocalStart 5 -VocalEnd 35 -Language en -Wait).ValidationPhrase'; Remarks = 'Uploads a local recording, validates it and shows the phrase to sing.' }
        @{ Code = '(New-SunoVoiceValidation -UploadUri https://files.example/me.mp3 -VocalStart 5 -VocalEnd 35 -Language en -Wait).ValidationPhrase'; Remarks = 'Validates the recording and shows the phrase to sing.' }
    )
}
