@{
    Synopsis    = 'Gets the remaining credits of the Suno account.'
    Description = 'Calls GET /api/v1/generate/credit and returns the balance as a number, so it can be compared directly.'
    Parameters  = @{
        ApiKey  = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once.'
        BaseUri = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
    }
    Examples    = @(
        @{ Code = 'Get-SunoCredit'; Remarks = 'Shows the balance.' }
        @{ Code = "if ((Get-SunoCredit) -lt 100) { Write-Warning 'Running low on Suno credits' }"; Remarks = 'Checks the balance in a runbook.' }
    )
}
