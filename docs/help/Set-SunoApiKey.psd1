@{
    Synopsis    = 'Sets the Suno API key, and optionally the base URI and connection settings, for this PowerShell session.'
    Description = @'
Stores the key as a SecureString for the current runspace only (a ThreadJob or ForEach-Object -Parallel runspace has its own session). A plain string is accepted and converted at once. Without any parameter, it prompts for the key without echoing it.

When nothing was set, the other cmdlets fall back to $env:SUNO_API_KEY and $env:SUNO_API_BASE_URI, which suits unattended runbooks. The key is sent to the API's origin only, never to the hosts that serve audio files, and never appears in any output.
'@
    Parameters  = @{
        ApiKey            = 'The API key from https://sunoapi.org/api-key. A SecureString, or a plain string that is converted at once. Blanks around it are dropped. A blank key is refused (SunoApiKeyMissing), and so is one with a space, a line break or another control character, or a non-ASCII character inside (SunoInvalidRequest): it could never be sent. The error never shows the key, and the key in effect stays as it was.'
        UploadBaseUri     = 'Another file-upload host for Send-SunoFile and -AudioPath: the emulator''s upload origin, say. Default https://sunoapiorg.redpandaai.co, or $env:SUNO_UPLOAD_BASE_URI. The key goes to this host and the API only.'
        BaseUri           = 'Another API origin: the bundled emulator (http://127.0.0.1:<port>) or a gateway in front of the API. Default https://api.sunoapi.org.'
        MaximumRetryCount = 'How many times a failed request is tried again when that is safe (default 4).'
        RetryIntervalSec  = 'The wait before the first retry, in seconds (default 1); each further retry doubles it, with jitter. A Retry-After from the server is honoured.'
        TimeoutSec        = 'How long one HTTP request may take, in seconds (default 60).'
        PassThru          = 'Writes the settings now in effect, defaults included (as Get-SunoApiKey shows them).'
        AllowUnencryptedAuthentication = 'Lets this session send the key over plain http to a host other than loopback (a gateway without TLS). Without it every API command refuses such a base URI with SunoInvalidRequest before sending anything; loopback http (the emulator) needs no opt-in. -AllowUnencryptedAuthentication:$false takes the permission back.'
        WhatIf            = 'Shows what would be set without setting it.'
        Confirm           = 'Asks for confirmation first.'
    }
    Examples    = @(
        @{ Code = "Set-SunoApiKey -ApiKey (Read-Host -AsSecureString 'Suno API key')"; Remarks = 'Sets the key for this session without showing it on screen.' }
        @{ Code = 'Set-SunoApiKey -ApiKey test-key -BaseUri http://127.0.0.1:5080'; Remarks = 'Points the session at a local emulator.' }
        @{ Code = '$env:SUNO_API_KEY = Get-AutomationVariable -Name SunoKey'; Remarks = 'In a runbook, the environment variable is enough; Set-SunoApiKey is not needed.' }
    )
}
