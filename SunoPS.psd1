@{
    RootModule           = 'SunoPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0d6c52-5a43-4d0e-9c51-3e0b8a4b7d21'
    Author               = 'SunoPS contributors'
    CompanyName          = 'SunoPS'
    Copyright            = '(c) SunoPS contributors. MIT License.'
    Description          = 'Generate music with the sunoapi.org API from PowerShell: submit, wait politely, and save verified, tagged tracks. Works in interactive sessions, unattended runbooks and Pester tests; ships a local emulator for offline testing.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('SunoPS.format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Set-SunoApiKey'
        'Get-SunoApiKey'
        'Remove-SunoApiKey'
        'New-SunoMusic'
        'ConvertTo-SunoWav'
        'Get-SunoTask'
        'Wait-SunoTask'
        'Save-SunoTrack'
        'Get-SunoCredit'
        'Send-SunoFile'
        'New-SunoExtension'
        'New-SunoCover'
        'Add-SunoInstrumental'
        'Add-SunoVocal'
        'New-SunoMashup'
        'New-SunoSound'
        'Edit-SunoTrack'
        'New-SunoPersona'
        'Get-SunoTimestampedLyric'
        'Optimize-SunoStyle'
        'ConvertFrom-SunoCallback'
        'New-SunoLyric'
        'New-SunoVideo'
        'New-SunoCoverArt'
        'Restore-SunoTrack'
        'Split-SunoTrack'
        'New-SunoMidi'
        'New-SunoVoiceValidation'
        'Reset-SunoVoiceValidation'
        'New-SunoVoice'
        'Test-SunoVoice'
        'Start-SunoEmulator'
        'Stop-SunoEmulator'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Suno', 'Music', 'AI', 'Audio', 'MP3', 'GenerativeAI', 'API', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = 'See CHANGELOG.md (the build copies the section of this version here).'
        }
    }
}
