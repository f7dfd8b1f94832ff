@{
    Synopsis    = 'Generates a backing track for an uploaded vocal.'
    Description = @'
Asks for an instrumental under an uploaded vocal recording (POST /api/v1/generate/add-instrumental) and returns a pending SunoPS.SunoTask of family Music. The API requires -Title, -Style (its tags) and -NegativeTags; the model is V4_5PLUS unless -Model says V5 or V5_5 (other documented models are refused before sending).
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        AudioPath           = 'A local audio file. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries. MP3 and WAV files are measured, so lengths the API would refuse are refused before anything is sent.'
        UploadUri           = 'The URL of audio already online: a Send-SunoFile results DownloadUrl (it binds by property name), or any public http(s) URL.'
        Title               = 'The title (required).'
        Style               = 'The style of the backing track (the APIs tags; required).'
        NegativeTags        = 'Styles to avoid (required by the API).'
        Model               = 'V4_5PLUS (the APIs default when not given), V5 or V5_5.'
        VocalGender         = '''m'' or ''f'' (raises the probability of that voice).'
        StyleWeight         = 'How strongly the style is followed, 0 to 1.'
        WeirdnessConstraint = 'How adventurous the result is, 0 to 1.'
        AudioWeight         = 'How closely the source audio is followed, 0 to 1.'
        CallbackUri         = 'Where the API posts progress. Without it a placeholder is sent (where the API requires one) and the module polls.'
        Wait                = 'Waits for the task to finish and returns the finished task instead of the pending one.'
        TimeoutSec          = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec     = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        Confirm             = 'Asks before each submission.'
        WhatIf              = 'Shows what would be submitted and sends nothing.'
    }
    Examples    = @(
        @{ Code = 'Add-SunoInstrumental -AudioPath ./vocals.mp3 -Title ''Night Walk'' -Style ''Lo-fi, piano'' -NegativeTags ''Metal'' -Wait | Save-SunoTrack -Path ./music'; Remarks = 'Uploads a vocal, waits for the backing track and saves it.' }
    )
}
