# Keys as users keep them: from a vault by pipe (what SecretManagement's Get-Secret returns), as a credential.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $script:emu = Start-SunoEmulator -Key 'vault-key-0123456789abcdef'
    # Stands in for SecretManagement's Get-Secret, which returns a SecureString (or a PSCredential) by default.
    function Get-Secret([string] $Name, [switch] $AsCredential) {
        $secure = ConvertTo-SecureString 'vault-key-0123456789abcdef' -AsPlainText -Force
        if ($AsCredential) { [pscredential]::new('suno', $secure) } else { $secure }
    }
}
AfterAll { Stop-SunoEmulator; Remove-SunoApiKey }

Describe 'Keys from a vault' {
    It 'takes the SecureString Get-Secret pipes in' {
        Remove-SunoApiKey
        Get-Secret suno | Set-SunoApiKey -BaseUri $script:emu.ApiUri
        (Get-SunoApiKey).Source | Should -Be 'Session'
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'takes a credential, using its password as the key' {
        Remove-SunoApiKey
        Get-Secret suno -AsCredential | Set-SunoApiKey -BaseUri $script:emu.ApiUri
        (Get-SunoApiKey).MaskedKey | Should -Be '****cdef'
        Get-SunoCredit | Should -BeGreaterThan 0
    }
}
