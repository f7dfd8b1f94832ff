@{
    Synopsis    = 'Gets the remaining credits of the Suno account.'
    Description = 'Calls GET /api/v1/generate/credit and returns the balance as a number, so it can be compared directly.'
    Parameters  = @{}
    Examples    = @(
        @{ Code = 'Get-SunoCredit'; Remarks = 'Shows the balance.' }
        @{ Code = "if ((Get-SunoCredit) -lt 100) { Write-Warning 'Running low on Suno credits' }"; Remarks = 'Checks the balance in a runbook.' }
    )
}
