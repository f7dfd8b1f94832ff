@{
    Synopsis    = 'Makes MIDI from a finished SplitStem separation.'
    Description = @'
Submits MIDI generation (POST /api/v1/midi/generate) from a separation made with Split-SunoTrack -Mode SplitStem, of all its stems or of one, and returns a SunoPS.SunoTask of family Midi, pending. A separation task piped in binds -TaskId; a piped Stem output (from $separation.Outputs) binds -TaskId and -AudioId. A piped object that says it is of another family, or a separation of another mode, is refused with SunoInvalidRequest before anything is sent.

The API returns MIDI as notes, not as a file. Once finished, the task's Midi property holds the instruments and their notes (NoteCount counts them all), and Save-SunoTrack writes a Standard MIDI File built from them: format 1 at 120 beats per minute, one track per instrument named after it, drums on channel 10, velocities 0-1 scaled to 1-127. The file is read back before it is saved and must hold every note.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId          = 'The separation task (made with Split-SunoTrack -Mode SplitStem). A piped separation task binds it.'
        AudioId         = 'One stem to transcribe: the Id of one of the separation''s Stem outputs (the API''s originData id). All stems when not given.'
        CallbackUri     = 'Where the API posts the result. Without it a placeholder is sent and the module polls.'
        Wait            = 'Waits for the MIDI and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        WhatIf          = 'Shows which separation would be transcribed and that it spends credits, and sends nothing.'
        Confirm         = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = '$separation | New-SunoMidi | Wait-SunoTask | Save-SunoTrack -Path ./midi'; Remarks = 'Makes MIDI of every stem and saves it as a .mid file.' }
        @{ Code = '$separation.Outputs | Where-Object StemName -eq Drums | New-SunoMidi -Wait'; Remarks = 'Makes MIDI of the drum stem only and returns the finished task; its NoteCount says how many notes came back.' }
    )
}
