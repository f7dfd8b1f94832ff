@{
    Synopsis    = 'Replaces a section of a song with new lyrics.'
    Description = @'
Sings a window of a song again (POST /api/v1/generate/replace-section) and returns a pending SunoPS.SunoTask of family Music. The song is a generated track (pipe it, or -TaskId with -AudioId) or an upload (-AudioPath or -UploadUri, with -Model). The section runs from -SectionStart to -SectionEnd seconds: the end after the start, 6 to 60 seconds long, inside the song and at most half its length (checked before sending when the length is known: a piped track, a measured local file). -Lyrics are the section''s new words, -FullLyrics the whole song''s lyrics after the edit; -Title and -Style default to a piped track''s.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId              = 'The music task of the track. A piped track binds it.'
        AudioId             = 'The track (sunoData id). A piped track binds it by its Id.'
        AudioPath           = 'A local audio file. It is uploaded to the upload host first (after -WhatIf/-Confirm), and its URL is what the request carries. MP3 and WAV files are measured, so lengths the API would refuse are refused before anything is sent.'
        UploadUri           = 'The URL of audio already online: a Send-SunoFile results DownloadUrl (it binds by property name), or any public http(s) URL.'
        SectionStart        = 'Where the section starts, in seconds (2 decimals are sent).'
        SectionEnd          = 'Where the section ends, in seconds.'
        Lyrics              = 'The sections new lyrics (the APIs prompt; required).'
        FullLyrics          = 'The complete lyrics of the song after the edit (required).'
        Style               = 'The style (the APIs tags); a piped tracks tags when not given.'
        Title               = 'The title; a piped tracks title when not given.'
        NegativeTags        = 'Styles to avoid.'
        Model               = 'For an upload: its model (V5 when not given). Not sent for a track.'
        VocalGender         = '''m'' or ''f'' (raises the probability of that voice).'
        StyleWeight         = 'How strongly the style is followed, 0 to 1.'
        WeirdnessConstraint = 'How adventurous the result is, 0 to 1.'
        AudioWeight         = 'How closely the source audio is followed, 0 to 1.'
        CallbackUri         = 'Where the API posts progress. Without it a placeholder is sent (where the API requires one) and the module polls.'
        Wait                = 'Waits for the task to finish and returns the finished task instead of the pending one.'
        TimeoutSec          = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec     = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        Confirm             = 'Asks before each submission.'
        WhatIf              = 'Shows which section would be replaced and sends nothing.'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | Edit-SunoTrack -SectionStart 30 -SectionEnd 45 -Lyrics ''[Chorus] New words'' -FullLyrics $lyrics -Wait | Save-SunoTrack -Path ./music'; Remarks = 'Replaces 15 seconds of the first track and saves the new version.' }
    )
}
