@{
    Synopsis    = 'Restyles an uploaded song (an audio cover).'
    Description = @'
Covers an uploaded song in a new style (POST /api/v1/generate/upload-cover) and returns a pending SunoPS.SunoTask of family Music (2 tracks). This is an audio cover; cover images are New-SunoCoverArt. -AudioPath uploads a local file first; -UploadUri (or a piped Send-SunoFile result) takes audio already online.

As in New-SunoMusic, giving -Style or -Title selects custom mode, where -Style and -Title are required and -Prompt holds the exact lyrics (unless -Instrumental); in simple mode -Prompt describes the cover. The upload may be at most 8 minutes long, 1 minute for V4_5ALL: a local MP3 or WAV that is longer is refused before anything is uploaded.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        AudioPath           = 'A local audio file. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries. MP3 and WAV files are measured, so lengths the API would refuse are refused before anything is sent.'
        UploadUri           = 'The URL of audio already online: a Send-SunoFile results DownloadUrl (it binds by property name), or any public http(s) URL.'
        Prompt              = 'Simple mode: a description of the cover (at most 500 characters). Custom mode: the exact lyrics.'
        Style               = 'Custom mode: the style. Giving it selects custom mode.'
        Title               = 'Custom mode: the title. Giving it selects custom mode.'
        CustomMode          = 'Custom mode even without -Style or -Title (they are then required).'
        Instrumental        = 'No vocals: custom mode then needs no lyrics.'
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
        WhatIf              = 'Shows what would be covered and that it spends one generations credits, and uploads and sends nothing.'
    }
    Examples    = @(
        @{ Code = 'New-SunoCover -AudioPath ./song.mp3 -Style ''Jazz, brushed drums'' -Title ''Blue Cover'' -Instrumental | Wait-SunoTask | Save-SunoTrack -Path ./covers'; Remarks = 'Uploads a song, covers it as an instrumental jazz piece and saves both tracks.' }
        @{ Code = 'Send-SunoFile ./song.mp3 | New-SunoCover -Prompt ''An acoustic version'''; Remarks = 'Covers an upload in simple mode.' }
    )
}
