@{
    Synopsis    = 'Gets fresh download links for the tracks of a finished Suno music task.'
    Description = @'
Submits a recovery (POST /api/v1/suno/recovery) for a finished music task whose links expired, and returns a SunoPS.SunoTask of family Recovery, pending. A piped music task binds -TaskId by property name; a piped task of another family is refused before anything is sent.

Recovery is read at its own endpoint, whose status is the answer's top-level code (201 running, 200 at least one track recovered, 500 all failed). When it is finished its Outputs are the recovered songs (Kind Audio), one per original track with the original audio id and title; a track that could not be recovered is named in ErrorMessage. Save-SunoTrack saves them: MP3s are tagged and measured as usual, M4A files are checked by their ISO media boxes and never tagged. -WhatIf says what would be spent and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The finished music task whose tracks need new links (the API''s sunoTaskId). A piped music task binds it.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the recovery and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which music task would be recovered and that it spends one recovery task''s credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = 'Get-SunoTask $oldTaskId | Restore-SunoTrack | Wait-SunoTask | Save-SunoTrack -Path ./restored'; Remarks = 'Recovers the tracks of an old task and saves them.' }
        @{ Code = '(Restore-SunoTrack -TaskId $oldTaskId -Wait).Outputs | Select-Object Title, Url'; Remarks = 'Shows the fresh links.' }
    )
}
