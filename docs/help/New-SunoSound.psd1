@{
    Synopsis    = 'Generates a sound or a loop.'
    Description = @'
Generates a sound effect or a loop (POST /api/v1/generate/sounds, model V5) and returns a pending SunoPS.SunoTask of family Music, read, waited for and saved like any song. -Tempo is in BPM (1 to 300; the API chooses when not given); -Key tab-completes the documented keys (Any, C to B, Cm to Bm).
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        Prompt          = 'What the sound is, at most 500 characters. A string piped in binds here.'
        Loop            = 'A seamless loop.'
        Tempo           = 'Beats per minute, a whole number from 1 to 300.'
        Key             = 'The musical key: Any (the APIs default), C, C#, … B, Cm, C#m, … Bm. Tab completes them.'
        GrabLyrics      = 'Ask the API to fetch lyric subtitles after completion.'
        Model           = 'V5, the only model sounds take (the default).'
        CallbackUri     = 'Where the API posts progress. Without it a placeholder is sent (where the API requires one) and the module polls.'
        Wait            = 'Waits for the task to finish and returns the finished task instead of the pending one.'
        TimeoutSec      = 'With -Wait: how long to wait for each task, in seconds (default 1200).'
        PollIntervalSec = 'With -Wait: the first interval between status reads of a task, in seconds (default 5).'
        Confirm         = 'Asks before each submission.'
        WhatIf          = 'Shows what would be generated and sends nothing.'
    }
    Examples    = @(
        @{ Code = 'New-SunoSound ''Rain on a tin roof'' -Loop -Tempo 90 -Key Am -Wait | Save-SunoTrack -Path ./sounds'; Remarks = 'Generates a 90 BPM loop in A minor and saves it.' }
    )
}
