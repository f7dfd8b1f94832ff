@{
    Synopsis    = 'Creates a persona from a tracks vocals.'
    Description = @'
Makes a persona from a finished track (POST /api/v1/generate/generate-persona; synchronous) and returns a SunoPS.SunoPersona whose PersonaId goes to -PersonaId of New-SunoMusic, New-SunoExtension and New-SunoCover. The voice is taken from -VocalStart to -VocalEnd seconds (0 to 30 when not given; the window must be 10 to 30 seconds long). One persona per track: a second one is a SunoAlreadyExists error (the API''s 409).
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId      = 'The music task of the track. A piped track binds it.'
        AudioId     = 'The track (sunoData id). A piped track binds it by its Id.'
        Name        = 'The personas name (required).'
        Description = 'What the persona sounds like (required).'
        VocalStart  = 'Where the voice starts, in seconds (0 when not given).'
        VocalEnd    = 'Where the voice ends, in seconds (30 when not given), 10 to 30 seconds after -VocalStart.'
        Style       = 'A style for the persona.'
        WhatIf      = 'Shows which track the persona would be made from and sends nothing.'
        Confirm     = 'Asks before creating the persona.'
    }
    Examples    = @(
        @{ Code = '$persona = $task.Tracks[0] | New-SunoPersona -Name ''Ava'' -Description ''Warm alto''; New-SunoMusic -Style Soul -Title Home -Prompt $lyrics -PersonaId $persona.PersonaId'; Remarks = 'Makes a persona from a track and sings a new song with it.' }
    )
}
