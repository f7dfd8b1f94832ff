@{
    Synopsis    = 'Submits a Suno music generation (two tracks per task).'
    Description = @'
Calls POST /api/v1/generate and returns a pending SunoPS.SunoTask; pipe it to Wait-SunoTask and Save-SunoTrack, or use -Wait.

Simple mode: -Prompt describes the song (at most 500 characters). Custom mode (-CustomMode, or implied by -Style or -Title): -Style and -Title are required, and -Prompt holds the exact lyrics unless -Instrumental. The documented rules (required fields, per-model length limits, weights between 0 and 1) are checked before anything is sent, so a mistake costs no credits.

Every parameter binds by property name, so Import-Csv rows submit a batch; submissions are paced under the API's limit of 20 per 10 seconds. Empty CSV cells mean "not given", and true/false cells bind to the switches. A weight that is not a number (read in the invariant culture, as 0.5) or a callback that is not a URL is a SunoInvalidRequest error for its row, and that row is not sent. A generation spends credits, so -WhatIf and -Confirm are supported.

The API requires a callback URL even when you only poll. Without -CallbackUri the module sends the harmless placeholder https://example.com/callback and relies on polling.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        Prompt              = 'Simple mode: a description of the song (at most 500 characters). Custom mode: the exact lyrics.'
        Style               = 'Custom mode: the style (genres, mood, instruments). Giving it selects custom mode.'
        Title               = 'Custom mode: the title. Giving it selects custom mode.'
        CustomMode          = 'Selects custom mode explicitly.'
        Instrumental        = 'Makes an instrumental track (no lyrics needed in custom mode).'
        Model               = 'The model; tab completes V5_5, V5, V4_5ALL, V4_5PLUS, V4_5 and V4. Any other string is passed on, since new models appear. Default V5.'
        NegativeTags        = 'Styles to avoid, e.g. "Heavy Metal, Upbeat Drums".'
        VocalGender         = 'Preferred vocal gender: m or f (raises the probability only).'
        StyleWeight         = 'How strongly to follow the style, 0 to 1.'
        WeirdnessConstraint = 'How experimental the result may be, 0 to 1.'
        AudioWeight         = 'Weight of the audio, 0 to 1.'
        PersonaId           = 'Custom mode: a persona id (from Generate Persona) or a Suno Voice voiceId.'
        PersonaModel        = 'style_persona (default) or voice_persona (for a voiceId; V5 and V5_5 only).'
        CallbackUri         = 'Where the API posts progress. Without it a placeholder is sent and the module polls.'
        Wait                = 'Waits for each task to finish and returns the finished task instead of the pending one.'
        TimeoutSec          = 'With -Wait: how long to wait for each task, in seconds (default 1200, as Wait-SunoTask).'
        PollIntervalSec     = 'With -Wait: the first interval between status reads of a task, in seconds (default 5); it grows towards 30 s for long runners.'
        WhatIf              = 'Shows what would be submitted (the prompt or title, the model, and that it spends one generation''s credits), and sends nothing.'
        Confirm             = 'Asks before each submission.'
    }
    Examples    = @(
        @{ Code = "New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask | Save-SunoTrack -Path ./music"; Remarks = 'Generates, waits and saves both tracks.' }
        @{ Code = "New-SunoMusic -Title 'Rainy Memories' -Style 'Classical, piano' -Prompt `"[Verse]``nRain on the window`""; Remarks = 'Custom mode with your own lyrics.' }
        @{ Code = 'Import-Csv prompts.csv | New-SunoMusic -WhatIf'; Remarks = 'Shows what a batch would submit, without spending credits.' }
    )
}
