# Keys and connections across runspaces, as users meet them: each runspace has its own session, and a key passed per
# call with $using: works in ForEach-Object -Parallel and Start-ThreadJob.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:manifest = Join-Path $root 'out/SunoPS/SunoPS.psd1'
    Import-Module $script:manifest -Force
    $script:emu = Start-SunoEmulator -Speed 600 -TrackSeconds 3
}
AfterAll { Stop-SunoEmulator; Remove-SunoApiKey }

Describe 'Per-call -ApiKey and -BaseUri' {
    It 'work without any session key, and explicit beats the session' {
        Remove-SunoApiKey
        Get-SunoCredit -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri | Should -BeGreaterThan 0
        Set-SunoApiKey -ApiKey 'wrong-key-000000000000' -BaseUri $script:emu.ApiUri
        Get-SunoCredit -ApiKey $script:emu.Key | Should -BeGreaterThan 0
        (Get-SunoApiKey).MaskedKey | Should -Be '****0000' -Because 'a per-call key does not change the session'
        Remove-SunoApiKey
    }

    It 'carry a key into ForEach-Object -Parallel with $using:' {
        $key = $script:emu.Key; $api = $script:emu.ApiUri; $manifest = $script:manifest
        $results = 1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:manifest
            $task = New-SunoMusic -Prompt "Song $_" -ApiKey $using:key -BaseUri $using:api
            ($task | Wait-SunoTask -ApiKey $using:key -BaseUri $using:api -PollIntervalSec 0.1).Status
        }
        $results | Should -Be @('SUCCESS', 'SUCCESS', 'SUCCESS')
    }

    It 'carry a key into Start-ThreadJob, whose runspace has no session key' {
        $key = $script:emu.Key; $api = $script:emu.ApiUri; $manifest = $script:manifest
        Set-SunoApiKey -ApiKey $key -BaseUri $api
        $job = Start-ThreadJob {
            Import-Module $using:manifest
            $missing = try { Get-SunoCredit -ErrorAction Stop; 'no error' } catch { $_.FullyQualifiedErrorId }
            [pscustomobject]@{ Missing = $missing; Credits = Get-SunoCredit -ApiKey $using:key -BaseUri $using:api }
        }
        $out = $job | Wait-Job | Receive-Job
        $job | Remove-Job
        $out.Missing | Should -BeLike 'SunoApiKeyMissing*'
        $out.Credits | Should -BeGreaterThan 0
    }

    It 'serve a long-lived runspace called many times' {
        $ps = [powershell]::Create()
        try {
            [void]$ps.AddScript("Import-Module '$script:manifest'; Set-SunoApiKey -ApiKey '$($script:emu.Key)' -BaseUri '$($script:emu.ApiUri)'").Invoke()
            foreach ($i in 1..20) {
                $ps.Commands.Clear()
                $credits = $ps.AddScript('Get-SunoCredit').Invoke()
                $credits[0] | Should -BeGreaterThan 0
            }
        }
        finally { $ps.Dispose() }
    }
}
