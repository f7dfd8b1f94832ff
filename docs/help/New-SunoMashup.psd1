@{
    Synopsis    = 'Blends two songs into one.'
    Description = @'
Mashes up exactly two audios (POST /api/v1/generate/mashup) and returns a pending SunoPS.SunoTask of family Music. The two may be any mix of local files (-AudioPath, uploaded first) and URLs (-UploadUri); anything but two is refused before sending. Models V4 to V5 (not V5_5); the title is at most 100 characters. Giving -Style or -Title selects custom mode.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        AudioPath           = 'Local audio files, uploaded first (after -WhatIf/-Confirm).'
        UploadUri           = 'URLs of audio already online (uploads DownloadUrl, or public http(s) URLs).'
        Prompt              = 'Simple mode: a description. Custom mode: the lyrics.'
        Style               = 'Custom mode: the style.'
        Title               = 'The title, at most 100 characters.'
        CustomMode          = 'Custom mode even without -Style or -Title.'
        Instrumental        = 'No vocals.'
        Model               = 'V4, V4_5, V4_5PLUS, V4_5ALL or V5 (V5 when not given).'
        VocalGender         = '''m'' or ''f'' (raises the probability of that voice).'
        StyleWeight         = 'How strongly the style is followed, 0 to 1.'
        WeirdnessConstraint = 'How adventurous the result is, 0 to 1.'
        AudioWeight         = 'How closely the source audio is followed, 0 to 1.'
        CallbackUri         = 'Where the API posts progress. Without it a placeholder is sent (where the API requires one) and the module polls.'
        Wait                = 'Waits for the task to finish and returns the finished task instead of the pending one.'
        TimeoutSec          = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec     = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        Confirm             = 'Asks before each submission.'
        WhatIf              = 'Shows what would be mashed up and sends nothing.'
    }
    Examples    = @(
        @{ Code = 'New-SunoMashup -AudioPath ./a.mp3 -UploadUri $upload.DownloadUrl -Prompt ''An upbeat blend'' -Wait | Save-SunoTrack -Path ./mashups'; Remarks = 'Blends a local file with an earlier upload and saves the result.' }
    )
}
