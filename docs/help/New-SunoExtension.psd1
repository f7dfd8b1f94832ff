@{
    Synopsis    = 'Extends a Suno track or an uploaded song.'
    Description = @'
Extends a generated track (POST /api/v1/generate/extend) or an uploaded audio (POST /api/v1/generate/upload-extend) and returns a pending SunoPS.SunoTask of family Music (2 tracks). Pipe a track ($task.Tracks[0]): its TaskId and Id bind -TaskId and -AudioId, its length is used to check -ContinueAt, and its task''s model is used, as the API requires the source''s model (the task is read once when this session does not know it).

Without -Prompt, -Style, -Title or -ContinueAt the source''s parameters are inherited (defaultParamFlag false). With any of them (or -UseCustomParameters) the custom parameters are used: for a track -Prompt, -Style, -Title and -ContinueAt are then required (a piped track lends its title); for an upload -Style and -Title, and -Prompt unless -Instrumental. -ContinueAt must be more than 0 and less than the source''s length. Mistakes are refused before anything is sent (SunoInvalidRequest).
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId              = 'The music task of the track; used to find its model and length (the API takes only the track). A piped track binds it.'
        AudioId             = 'The track to extend (sunoData id). A piped track binds it by its Id.'
        AudioPath           = 'A local audio file. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries. MP3 and WAV files are measured, so lengths the API would refuse are refused before anything is sent.'
        UploadUri           = 'The URL of audio already online: a Send-SunoFile results DownloadUrl (it binds by property name), or any public http(s) URL.'
        Prompt              = 'The lyrics of the new part (custom parameters).'
        Style               = 'The style of the new part (custom parameters).'
        Title               = 'The title (custom parameters).'
        ContinueAt          = 'Seconds into the source where the new part starts: more than 0 and less than the sources length. Selects custom parameters.'
        UseCustomParameters = 'Use -Prompt, -Style, -Title and -ContinueAt (the APIs defaultParamFlag). Implied by giving any of them.'
        Instrumental        = 'An uploads extension without vocals: -Prompt is then not needed.'
        NegativeTags        = 'Styles to avoid.'
        PersonaId           = 'A persona (New-SunoPersona) or a custom voice id.'
        PersonaModel        = '''style_persona'' (default) or ''voice_persona'' (V5 and V5_5 only).'
        Model               = 'The model. Tab completes the documented models; any string is passed on.'
        VocalGender         = '''m'' or ''f'' (raises the probability of that voice).'
        StyleWeight         = 'How strongly the style is followed, 0 to 1.'
        WeirdnessConstraint = 'How adventurous the result is, 0 to 1.'
        AudioWeight         = 'How closely the source audio is followed, 0 to 1.'
        CallbackUri         = 'Where the API posts progress. Without it a placeholder is sent (where the API requires one) and the module polls.'
        Wait                = 'Waits for the task to finish and returns the finished task instead of the pending one.'
        TimeoutSec          = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec     = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        Confirm             = 'Asks before each submission.'
        WhatIf              = 'Shows what would be extended, with which model and parameters, and sends nothing (not even a read).'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | New-SunoExtension -Prompt "[Bridge] ..." -Style Folk -ContinueAt 60 | Wait-SunoTask | Save-SunoTrack -Path ./music'; Remarks = 'Extends the first track from one minute in with new lyrics and saves the result.' }
        @{ Code = 'New-SunoExtension -AudioPath ./demo.mp3 -Model V5 -Wait'; Remarks = 'Uploads a local song and extends it with its own parameters.' }
    )
}
