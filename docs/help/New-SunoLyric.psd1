@{
    Synopsis    = 'Generates song lyrics (no music) from a short description.'
    Description = @'
Submits a lyrics task (POST /api/v1/lyrics) and returns a SunoPS.SunoTask of family Lyrics, pending. The description may have at most 200 characters; a longer or empty one is refused before anything is sent (SunoInvalidRequest). Strings piped in, or CSV rows with a Prompt column, submit a batch.

When the task is finished its Outputs hold the variants the API wrote (Kind Lyrics, with Title and Text); a variant the API marks as failed is not among them. Save-SunoTrack writes each variant as a UTF-8 .txt file named by its title, kind and number. -WhatIf says what would be spent and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        Prompt          = 'What the lyrics should be about, at most 200 characters. Strings piped in bind here.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the lyrics and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which lyrics would be generated and that it spends one lyrics task''s credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = 'New-SunoLyric -Prompt ''A song about a quiet night in the city'' | Wait-SunoTask | Save-SunoTrack -Path ./lyrics'; Remarks = 'Generates lyrics and saves each variant as a .txt file.' }
        @{ Code = '(New-SunoLyric ''Rain on a tin roof'' -Wait).Outputs | Select-Object Title, Text'; Remarks = 'Waits and shows the text of each variant.' }
    )
}
