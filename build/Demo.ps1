# The one-liner of the README, against the bundled emulator: no key, no network.
param([Parameter(Mandatory)] [string] $Root)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
Import-Module (Join-Path $Root 'tests/Support/SunoTestEmulator.psm1')

# Stages that take minutes on the real service take seconds here.
$emulator = Start-SunoTestEmulator -Arguments '--speed', '30'
try {
    Set-SunoApiKey -ApiKey $emulator.Key -BaseUri $emulator.ApiUri
    $music = Join-Path $Root 'out/demo/music'
    Remove-Item -Recurse -Force $music -ErrorAction SilentlyContinue

    Write-Host "Emulator at $($emulator.ApiUri); credits: $(Get-SunoCredit)"
    Write-Host "> New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask -PollIntervalSec 1 | Save-SunoTrack -Path $music"
    $files = New-SunoMusic -Prompt 'A calm piano track' |
        Wait-SunoTask -PollIntervalSec 1 -Verbose |
        Save-SunoTrack -Path $music

    $task = Get-SunoTask -TaskId ($files | Select-Object -First 1).SunoTaskId
    # Wide enough for the whole rows: CI and redirected output default to 80 columns.
    $task | Format-Table | Out-String -Width 160 | Write-Host
    $task.Tracks | Format-Table | Out-String -Width 160 | Write-Host
    $files | Format-Table Name, Length, SunoStatus, SunoTrackId -AutoSize | Out-String -Width 160 | Write-Host
    Write-Host "Credits left: $(Get-SunoCredit)"
}
finally {
    $emulator | Stop-SunoTestEmulator
}
