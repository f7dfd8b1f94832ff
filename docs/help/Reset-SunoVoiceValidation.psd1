@{
    Synopsis    = 'Asks for a new phrase for a custom-voice validation.'
    Description = @'
Submits a regeneration of the validation phrase (POST /api/v1/voice/regenerate; the endpoint spells its callback calBackUrl, which the module sends) and returns a SunoPS.SunoTask of family VoiceValidation, pending. A validation task piped in binds -TaskId. Once it succeeds, its ValidationPhrase is the new phrase; create the voice from the task it returns.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The validation task (from New-SunoVoiceValidation). A piped task binds it.'
        CallbackUri     = 'Where the API posts the result (sent as calBackUrl). Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the new phrase and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which validation would get a new phrase and that it spends credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$validation | Reset-SunoVoiceValidation -Wait | Select-Object TaskId, ValidationPhrase'; Remarks = 'Gets another phrase to sing.' }
    )
}
