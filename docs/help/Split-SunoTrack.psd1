@{
    Synopsis    = 'Splits a finished Suno track into stems.'
    Description = @'
Submits a separation of one track (POST /api/v1/vocal-removal/generate) and returns a SunoPS.SunoTask of family Separation, pending. Pipe a track ($task.Tracks[0]) in: its TaskId and Id bind -TaskId and -AudioId by property name, and its title is kept on the separation task so the stem files are named by it. CSV rows with TaskId, AudioId and Mode columns submit a batch (Mode may be spelt as the API does: split_stem).

-Mode SeparateVocal (the default, 10 credits) gives vocals and instrumental; SplitStem (50 credits) gives instrument stems and is the separation New-SunoMidi makes MIDI from; SplitStemAdvanced (20 credits) gives the one stem -StemName names. Each call is charged again, even for the same track. Once Wait-SunoTask sees it finished, the task's Outputs are one Stem per stem, each with its StemName and, as its Id, the stem id New-SunoMidi takes as -AudioId; Save-SunoTrack saves one verified MP3 per stem, named by stem. -WhatIf says the mode's cost and sends nothing.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The music task the track belongs to. A piped track binds it.'
        AudioId         = 'The track to split (sunoData id). A piped track binds it by its Id.'
        Mode            = 'SeparateVocal (vocals and instrumental, 10 credits; the default), SplitStem (instrument stems, 50 credits) or SplitStemAdvanced (one stem, 20 credits; needs -StemName).'
        StemName        = 'The one stem of -Mode SplitStemAdvanced, one of the documented names (tab-completes them: Lead Vocal, Drum Kit, Bass, Piano…). Required with SplitStemAdvanced, refused with the other modes.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the stems and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which track would be split, into what, and the credits the mode costs, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | Split-SunoTrack -Mode SplitStem | Wait-SunoTask | Save-SunoTrack -Path ./stems'; Remarks = 'Splits the first track into instrument stems and saves one MP3 per stem.' }
        @{ Code = 'Split-SunoTrack -TaskId $task.TaskId -AudioId $task.Tracks[0].Id -Mode SplitStemAdvanced -StemName ''Lead Vocal'' -WhatIf'; Remarks = 'Says that extracting the lead vocal would cost 20 credits, and sends nothing.' }
    )
}
