@{
    Synopsis    = 'Boosts a style description.'
    Description = @'
Boosts a style text (POST /api/v1/style/generate; synchronous) and returns a SunoPS.SunoStyleBoost: Style (the boosted text), CreditsConsumed and CreditsRemaining (decimals: a boost costs a fraction of a credit), TaskId and the API''s SuccessFlag. Its Style binds -Style of New-SunoMusic by property name.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        Style   = 'The style to boost, e.g. Pop, Mysterious. A string piped in binds here.'
        WhatIf  = 'Shows what would be boosted and sends nothing.'
        Confirm = 'Asks before spending.'
    }
    Examples    = @(
        @{ Code = 'Optimize-SunoStyle ''Pop, Mysterious'' | Select-Object Style, CreditsConsumed, CreditsRemaining'; Remarks = 'Boosts a style and shows what it cost.' }
    )
}
