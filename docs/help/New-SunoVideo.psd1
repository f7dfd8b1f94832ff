@{
    Synopsis    = 'Makes a music video (MP4) of a finished Suno track.'
    Description = @'
Submits a music video of one track (POST /api/v1/mp4/generate) and returns a SunoPS.SunoTask of family Video, pending. Pipe a track ($task.Tracks[0]) in: its TaskId and Id bind -TaskId and -AudioId by property name, and its title is kept on the video task so the saved file is named by it. CSV rows with TaskId and AudioId columns submit a batch.

Wait-SunoTask waits for the video at its own endpoint, and Save-SunoTrack saves it as a verified .mp4 (its ISO media boxes are checked: ftyp first, a moov box, nothing cut short). A second video of the same track is a SunoAlreadyExists error (the API's 409): read the earlier video task instead. -Author and -DomainName may have at most 50 characters each; longer ones are refused before anything is sent. -WhatIf says what would be spent and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The music task the track belongs to. A piped track binds it.'
        AudioId         = 'The track to make the video of (sunoData id). A piped track binds it by its Id.'
        Author          = 'The artist name shown in the video, at most 50 characters.'
        DomainName      = 'The watermark shown in the video, at most 50 characters.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the video and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which track would get a video and that it spends one music video task''s credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | New-SunoVideo -Author ''Night Owls'' | Wait-SunoTask | Save-SunoTrack -Path ./video'; Remarks = 'Makes a video of the first track and saves the verified .mp4.' }
        @{ Code = 'New-SunoVideo -TaskId $task.TaskId -AudioId $task.Tracks[1].Id -Wait'; Remarks = 'Makes a video of the second track and returns the finished task.' }
    )
}
