@{
    Synopsis    = 'Forgets the Suno API key and connection settings of this session, or deletes named profiles.'
    Description = 'Clears what Set-SunoApiKey set in this runspace. $env:SUNO_API_KEY and $env:SUNO_API_BASE_URI, if set, apply again afterwards. With -Name it deletes those profiles instead, from this process and from the saved file (Windows); an unknown name is a non-terminating SunoInvalidRequest error.'
    Parameters  = @{
        Name    = 'The profiles to delete (Set-SunoApiKey -Name). Binds from the Profile property of what Get-SunoApiKey -ListAvailable writes, so Get-SunoApiKey -ListAvailable | Remove-SunoApiKey deletes them all.'
        WhatIf  = 'Shows what would be removed without removing it.'
        Confirm = 'Asks for confirmation first.'
    }
    Examples    = @(
        @{ Code = 'Remove-SunoApiKey'; Remarks = 'Clears the session key and settings.' }
        @{ Code = 'Remove-SunoApiKey -Name old-account'; Remarks = 'Deletes the profile and its saved key.' }
    )
}
