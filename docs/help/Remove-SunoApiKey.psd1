@{
    Synopsis    = 'Forgets the Suno API key and connection settings of this session.'
    Description = 'Clears what Set-SunoApiKey set in this runspace. $env:SUNO_API_KEY and $env:SUNO_API_BASE_URI, if set, apply again afterwards.'
    Parameters  = @{
        WhatIf  = 'Shows what would be removed without removing it.'
        Confirm = 'Asks for confirmation first.'
    }
    Examples    = @(
        @{ Code = 'Remove-SunoApiKey'; Remarks = 'Clears the session key and settings.' }
    )
}
