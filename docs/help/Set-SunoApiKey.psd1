@{
    Synopsis    = 'Sets the Suno API key, and optionally the base URI, proxy and connection settings, for this PowerShell session or a named profile.'
    Description = @'
Stores the key as a SecureString for the current runspace only (a ThreadJob or ForEach-Object -Parallel runspace has its own session). A plain string is accepted and converted at once. Without any parameter, it prompts for the key without echoing it.

With -Name it sets a named profile instead: one per account or environment (work, test, emulator…), which any command uses with -Profile <name>, and which $env:SUNO_PROFILE can make the default for sessions that set no key. Profiles belong to the process, so every runspace, thread job and ForEach-Object -Parallel block can name one. On Windows a profile is saved in LocalApplicationData\SunoPS\profiles.json (or $env:SUNO_PROFILE_PATH), its key (and proxy password) encrypted with DPAPI for the current user, so the next session has it. On Linux and macOS nothing is saved: there is no protected per-user store SunoPS can use there without a dependency, and SunoPS never writes a key to disk unprotected. The command says so with a warning; keep the key in a SecretManagement vault and run Get-Secret <name> | Set-SunoApiKey -Name <profile> in your PowerShell profile instead.

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
        Name              = 'Sets the named profile (created if new) instead of this session. One word of letters, digits and . _ - (at most 64 characters). What is not given keeps the profile''s earlier value. Saved on Windows (DPAPI); kept for this process only elsewhere, with a warning that says why.'
        Proxy             = 'The proxy for every host SunoPS talks to: the API, the upload host and the file hosts. Without it the system''s settings apply ($env:HTTPS_PROXY, $env:HTTP_PROXY and $env:NO_PROXY on PowerShell 7; the Internet Options on Windows PowerShell). An https URL''s traffic goes through the proxy as an encrypted tunnel.'
        ProxyCredential   = 'The user name and password the proxy asks for. Needs -Proxy. Saved with the profile on Windows, its password encrypted with DPAPI.'
        WhatIf            = 'Shows what would be set without setting it.'
        Confirm           = 'Asks for confirmation first.'
    }
    Examples    = @(
        @{ Code = "Set-SunoApiKey -ApiKey (Read-Host -AsSecureString 'Suno API key')"; Remarks = 'Sets the key for this session without showing it on screen.' }
        @{ Code = 'Set-SunoApiKey -ApiKey test-key -BaseUri http://127.0.0.1:5080'; Remarks = 'Points the session at a local emulator.' }
        @{ Code = '$env:SUNO_API_KEY = Get-AutomationVariable -Name SunoKey'; Remarks = 'In a runbook, the environment variable is enough; Set-SunoApiKey is not needed.' }
        @{ Code = "Get-Secret suno-work | Set-SunoApiKey -Name work`n1..4 | ForEach-Object -Parallel { New-SunoMusic -Prompt `"take `$_`" -Profile work }"; Remarks = 'Takes the key from a SecretManagement vault into the profile ''work'', which every parallel runspace uses by name.' }
        @{ Code = "Set-SunoApiKey -Name corp -ApiKey `$key -Proxy http://proxy.corp.example:8080 -ProxyCredential (Get-Credential)"; Remarks = 'A profile whose requests, uploads and downloads all go through the company proxy.' }
    )
}
