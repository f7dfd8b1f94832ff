# Default views as a user sees them in an 80-column console.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $script:emu = Start-SunoEmulator -SetSession -Speed 600
    $script:task = New-SunoMusic -Style Jazz -Title 'A Rather Long Title For Eighty Columns' -Prompt 'la la [duration:3725]' -Wait -PollIntervalSec 0.1
}
AfterAll { Stop-SunoEmulator }

Describe 'Views' {
    It 'shows a task with family, status and a readable title in 80 columns' {
        $text = $script:task | Format-Table | Out-String -Width 80
        $text | Should -Match 'Music\s+SUCCESS\s+A Rather Long Title'
        ($text -split "`n" | Where-Object { $_.Length -gt 80 }) | Should -BeNullOrEmpty
    }

    It 'shows durations over an hour as h:mm:ss' {
        $text = $script:task.Tracks | Format-Table | Out-String -Width 80
        $text | Should -Match '1:02:05'
    }

    It 'keeps TrackIds an array that exports to one CSV cell' {
        $script:task.TrackIds | Should -HaveCount 2
        $script:task.TrackIds[0] | Should -Be $script:task.Tracks[0].Id
        ($script:task | Select-Object TaskId, TrackIds | ConvertTo-Csv | Select-Object -Last 1) | Should -Match ([regex]::Escape($script:task.Tracks[0].Id + ', ' + $script:task.Tracks[1].Id))
    }
}
