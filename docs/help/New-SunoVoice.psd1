@{
    Synopsis    = 'Creates a custom Suno voice from a validation and a recording of its phrase.'
    Description = @'
Submits the voice (POST /api/v1/voice/generate) and returns a SunoPS.SunoTask of family Voice, pending. A validation task piped in binds -TaskId; -AudioPath (a local file, uploaded first) or -UploadUri (online) is the recording of its ValidationPhrase. Once the voice task succeeds, its VoiceId is the voice: give it to New-SunoMusic as -PersonaId with -PersonaModel voice_persona (custom mode, a model that takes voice personas). Test-SunoVoice says whether the voice can be used yet.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId           = 'The validation task whose phrase was recorded. A piped validation task binds it.'
        AudioPath        = 'A local recording of the phrase. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries.'
        UploadUri        = 'Where the recording of the phrase is: an http or https URL the API can fetch (the API''s verifyUrl).'
        Name             = 'The voice''s name (voiceName).'
        Description      = 'A description of the voice.'
        Style            = 'The style the voice sings in.'
        SingerSkillLevel = 'beginner (the API''s default), intermediate, advanced or professional (tab-completes them).'
        CallbackUri      = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait             = 'Waits for the voice and returns the finished task instead of the pending one.'
        TimeoutSec       = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec  = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf           = 'Shows which validation the voice would be made from and that it spends credits, and sends nothing.'
        Confirm          = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$voice = $validation | New-SunoVoice -UploadUri https://files.example/phrase.mp3 -Name ''My voice'' -Wait; $voice.VoiceId'; Remarks = 'Creates the voice and shows its id.' }
        @{ Code = 'New-SunoMusic -Style Ballad -Title ''Mine'' -Prompt $lyrics -Model V5 -PersonaId $voice.VoiceId -PersonaModel voice_persona'; Remarks = 'Sings a song in the custom voice.' }
    )
}
