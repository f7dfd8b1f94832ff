@{
    Synopsis    = 'Shows which Suno API key and base URI are in effect, with the key masked.'
    Description = 'Returns where the key comes from (Session, Profile, Parameter, Environment or None), a masked hint of it (its last four characters at most, and only for long keys), the profile in effect ($env:SUNO_PROFILE or -Profile), the proxy set with Set-SunoApiKey -Proxy, the base URI and the connection settings in effect: MaximumRetryCount, RetryIntervalSec and TimeoutSec as Set-SunoApiKey set them, or else the defaults the requests use (4, 1 and 60). The key itself is never shown.'
    Parameters  = @{
        Profile       = 'Shows what a command given -Profile with this name would use: the profile''s settings, then the session''s, then the environment''s.'
        ListAvailable = 'Lists the named profiles of this process (on Windows, those saved in earlier sessions too), each with its masked key, base URI, whether it is saved (Persisted) and where (StoredIn), or why it is kept for this process only.'
    }
    Examples    = @(
        @{ Code = 'Get-SunoApiKey'; Remarks = 'Shows the source, the masked key and the base URI.' }
        @{ Code = 'if (-not (Get-SunoApiKey).IsSet) { Set-SunoApiKey }'; Remarks = 'Asks for a key only when none is set.' }
        @{ Code = 'Get-SunoApiKey -ListAvailable'; Remarks = 'Lists the named profiles, their masked keys and whether each is saved.' }
    )
}
