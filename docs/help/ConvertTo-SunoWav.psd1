@{
    Synopsis    = 'Converts a finished Suno track to WAV.'
    Description = @'
Submits a WAV conversion of one track (POST /api/v1/wav/generate) and returns a SunoPS.SunoTask of family Wav, pending. Pipe a track ($task.Tracks[0]) in: its TaskId and Id bind -TaskId and -AudioId by property name, and its title is kept on the WAV task so the saved file is named by it. CSV rows with TaskId and AudioId columns submit a batch.

Wait-SunoTask waits for the WAV task at its own endpoint, and Save-SunoTrack saves it as a verified .wav file (its RIFF/WAVE header and data length are checked; it is never ID3-tagged). A second conversion of the same track is a SunoAlreadyExists error (the API's 409): read the earlier WAV task instead. The source track must be complete, or the API refuses the request (SunoInvalidRequest). -WhatIf says what would be spent and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The music task the track belongs to. A piped track binds it.'
        AudioId         = 'The track to convert (sunoData id). A piped track binds it by its Id.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the WAV to be ready and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which track would be converted and that it spends one WAV conversion''s credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask | Save-SunoTrack -Path ./wav'; Remarks = 'Converts the first track of a finished task and saves the verified WAV.' }
        @{ Code = 'ConvertTo-SunoWav -TaskId $task.TaskId -AudioId $task.Tracks[1].Id -Wait'; Remarks = 'Converts the second track and returns the finished WAV task.' }
    )
}
