# Start-SunoEmulator and Stop-SunoEmulator as a user runs them in their own Pester tests, with the patterns the
# README shows: a runbook rehearsed offline, a fault injected through the control endpoint, a Mock of a binary cmdlet.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force

    # The runbook under test: what a user would have in their own script.
    function Invoke-NightlyMusic([string] $Folder) {
        New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask -PollIntervalSec 0.1 | Save-SunoTrack -Path $Folder
    }
}

Describe 'Start-SunoEmulator' {
    BeforeAll {
        $script:emu = Start-SunoEmulator -SetSession -Speed 300 -TrackSeconds 5
    }
    AfterAll {
        Stop-SunoEmulator
    }

    It 'returns its addresses and points the session at it' {
        $script:emu.ApiUri.Host | Should -Be '127.0.0.1'
        $script:emu.UploadUri.Port | Should -Not -Be $script:emu.ApiUri.Port
        $script:emu.ControlUri.AbsoluteUri | Should -Be "$($script:emu.ApiUri)_emulator/"
        $script:emu.IsRunning | Should -BeTrue
        (Get-SunoApiKey).BaseUri | Should -Be $script:emu.ApiUri
        (Get-SunoApiKey).UploadBaseUri | Should -Be $script:emu.UploadUri
    }

    It 'rehearses a runbook offline, files and all' {
        $files = Invoke-NightlyMusic -Folder $TestDrive
        $files | Should -HaveCount 2
        $files | ForEach-Object { $_.SunoStatus | Should -Be 'Downloaded' }
    }

    It 'takes faults through its control endpoint' {
        $fault = @{ target = 'api'; kind = 'bodyCode'; code = 455; count = -1 } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri "$($script:emu.ControlUri)faults" -ContentType 'application/json' -Body $fault | Out-Null
        try {
            $e = $null
            try { Get-SunoCredit -ErrorAction Stop } catch { $e = $_ }
            $e.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable*'
        }
        finally {
            Invoke-RestMethod -Method Delete -Uri "$($script:emu.ControlUri)faults" | Out-Null
        }
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'lets a test Mock a SunoPS cmdlet without -ModuleName (a binary module has no module scope)' {
        Mock Get-SunoCredit { 3 }
        function Test-EnoughCredits { (Get-SunoCredit) -ge 12 }
        Test-EnoughCredits | Should -BeFalse
        Should -Invoke Get-SunoCredit -Times 1 -Exactly
    }

    It 'stops, and the process is gone' {
        $other = Start-SunoEmulator
        $other.IsRunning | Should -BeTrue
        $other | Stop-SunoEmulator
        $other.IsRunning | Should -BeFalse
    }
}
