@{
    Synopsis    = 'Generates cover-art pictures for a finished Suno music task.'
    Description = @'
Submits a cover-art task (POST /api/v1/suno/cover/generate) for a music task and returns a SunoPS.SunoTask of family CoverArt, pending. A piped music task or track binds -TaskId by property name; a piped task of another family is refused before anything is sent. This is cover art (pictures), not New-SunoCover (a restyled song).

The API makes one cover per music task. Asked again, it refuses and names the cover-art task it already has: that task is returned instead, with a warning, and nothing is spent, so rerunning a pipeline still saves the pictures. When the finished task is saved, each picture is verified by its signature (PNG, JPEG or WebP) and named by the music's title, "Image" and its number. -WhatIf says what would be spent and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The finished music task to make cover art for. A piped music task or track binds it.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the pictures and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which music task would get cover art and that it spends one cover-art task''s credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$task | New-SunoCoverArt | Wait-SunoTask | Save-SunoTrack -Path ./art'; Remarks = 'Makes cover art for a finished music task and saves the pictures.' }
        @{ Code = 'New-SunoCoverArt -TaskId $task.TaskId -Wait -WarningAction SilentlyContinue'; Remarks = 'Returns the finished cover-art task, the existing one if the task already has cover art.' }
    )
}
