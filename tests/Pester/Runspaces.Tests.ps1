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

Describe 'Named profiles' {
    BeforeAll {
        # The tests' own profile file: on Windows a profile is saved, and never to the user's own file.
        $env:SUNO_PROFILE_PATH = Join-Path $TestDrive 'profiles.json'
    }
    AfterAll {
        Get-SunoApiKey -ListAvailable | Where-Object Profile -like 'pester-*' | Remove-SunoApiKey
        $env:SUNO_PROFILE_PATH = $null
        $env:SUNO_PROFILE = $null
    }

    It 'are used by name in Start-ThreadJob and ForEach-Object -Parallel, with no key passed' {
        Remove-SunoApiKey
        Set-SunoApiKey -Name pester-emu -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri -WarningAction SilentlyContinue
        $manifest = $script:manifest

        $job = Start-ThreadJob { Import-Module $using:manifest; Get-SunoCredit -Profile pester-emu }
        $fromJob = $job | Wait-Job | Receive-Job
        $job | Remove-Job
        $parallel = 1..2 | ForEach-Object -Parallel {
            Import-Module $using:manifest
            (New-SunoMusic -Prompt "Song $_" -Profile pester-emu | Wait-SunoTask -Profile pester-emu -PollIntervalSec 0.1).Status
        }

        $fromJob | Should -BeGreaterThan 0
        $parallel | Should -Be @('SUCCESS', 'SUCCESS')
        (Get-SunoApiKey).Source | Should -Be 'None' -Because 'a profile does not set the session'
    }

    It 'lists profiles with masked keys and says whether each is saved, and $env:SUNO_PROFILE picks the default' {
        Set-SunoApiKey -Name pester-list -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri -WarningVariable warned -WarningAction SilentlyContinue
        $listed = Get-SunoApiKey -ListAvailable | Where-Object Profile -eq 'pester-list'
        $env:SUNO_PROFILE = 'pester-list'
        $inEffect = Get-SunoApiKey
        $credits = Get-SunoCredit
        $env:SUNO_PROFILE = $null

        $listed.MaskedKey | Should -Be ('****' + $script:emu.Key.Substring($script:emu.Key.Length - 4))
        ($listed | Out-String) | Should -Not -Match ([regex]::Escape($script:emu.Key))
        if ($IsWindows) {
            $listed.Persisted | Should -BeTrue
            $listed.StoredIn | Should -BeLike '*profiles.json (DPAPI*'
            $warned | Should -BeNullOrEmpty
        }
        else {
            $listed.Persisted | Should -BeFalse
            "$warned" | Should -Match 'kept for this process only and not saved: .*DPAPI is Windows-only'
            Test-Path $env:SUNO_PROFILE_PATH | Should -BeFalse
        }
        ($inEffect.Profile, $inEffect.Source) | Should -Be @('pester-list', 'Profile')
        $credits | Should -BeGreaterThan 0
    }

    It 'complete -Profile with the profile names' {
        Set-SunoApiKey -Name pester-complete -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri -WarningAction SilentlyContinue
        $line = 'Get-SunoCredit -Profile pester-c'
        $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $found | Should -Contain 'pester-complete'
    }
}
