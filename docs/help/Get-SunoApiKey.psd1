@{
    Synopsis    = 'Shows which Suno API key and base URI are in effect, with the key masked.'
    Description = 'Returns where the key comes from (Session, Environment or None), a masked hint of it (its last four characters at most, and only for long keys), the base URI and the connection settings in effect: MaximumRetryCount, RetryIntervalSec and TimeoutSec as Set-SunoApiKey set them, or else the defaults the requests use (4, 1 and 60). The key itself is never shown.'
    Parameters  = @{}
    Examples    = @(
        @{ Code = 'Get-SunoApiKey'; Remarks = 'Shows the source, the masked key and the base URI.' }
        @{ Code = 'if (-not (Get-SunoApiKey).IsSet) { Set-SunoApiKey }'; Remarks = 'Asks for a key only when none is set.' }
    )
}
