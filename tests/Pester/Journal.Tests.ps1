# The task journal as a user meets it: a killed runbook's tasks found again, idempotency keys that pay once (also across
# processes), $env:SUNO_JOURNAL_PATH and $env:SUNO_JOURNAL = 'off'. The built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = Join-Path $root 'out/SunoPS/SunoPS.psd1'
    Import-Module $script:modulePath -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    # Speed 1: a task takes minutes, so a wait is still running when its process is killed.
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '1'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri
    $script:savedPath = $env:SUNO_JOURNAL_PATH
    $script:savedSwitch = $env:SUNO_JOURNAL

    function Get-Posts([string] $Path = '/api/v1/generate') {
        $stats = Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get
        $n = $stats.requestsByPath.$Path
        if ($null -eq $n) { 0 } else { [int]$n }
    }

    # A pwsh child with the module, the emulator's key and this test's journal (inherited through the environment).
    function Start-Child([string] $Command) {
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += '"' + (Join-Path $PSHOME 'pwsh.dll') + '"' }
        $script = "Import-Module '$script:modulePath'; Set-SunoApiKey -ApiKey '$($script:emu.Key)' -BaseUri '$($script:emu.ApiUri)'; $Command"
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($script))
        $arguments += '-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded
        Start-Process -FilePath $exe -ArgumentList $arguments -PassThru -RedirectStandardOutput (Join-Path $TestDrive "$([guid]::NewGuid()).out") `
            -RedirectStandardError (Join-Path $TestDrive "$([guid]::NewGuid()).err")
    }
}

AfterAll {
    $env:SUNO_JOURNAL_PATH = $script:savedPath
    $env:SUNO_JOURNAL = $script:savedSwitch
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'The task journal' {
    BeforeEach {
        $env:SUNO_JOURNAL = $null
        $script:journal = Join-Path $TestDrive ([guid]::NewGuid().ToString('N') + '/tasks.jsonl')
        $env:SUNO_JOURNAL_PATH = $script:journal
    }

    It 'keeps the task of a pwsh killed mid-wait, and Get-SunoTask -Recent finds it' {
        $child = Start-Child "New-SunoMusic -Prompt 'killed mid-wait' | Wait-SunoTask -PollIntervalSec 0.5 -TimeoutSec 600"
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(90)
            # The child holds the journal alone for the moment of each append (writers exclude each other): a read
            # that meets one just tries again, as the module's own reader does.
            $sawSubmitted = { try { (Get-Content $script:journal -Raw -ErrorAction Stop) -match '"submitted"' } catch [IO.IOException] { $false } catch [Management.Automation.ItemNotFoundException] { $false } }
            while (-not (& $sawSubmitted) -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 100
            }
            $child.HasExited | Should -BeFalse -Because 'the child should still be waiting'
        }
        finally { Stop-Process -Id $child.Id -Force -ErrorAction SilentlyContinue; $child.WaitForExit() }

        $line = Get-Content $script:journal | Select-Object -First 1 | ConvertFrom-Json
        $line.event | Should -Be 'submitted'
        $line.family | Should -Be 'Music'
        $line.endpoint | Should -Be 'api/v1/generate'
        (Get-Content $script:journal -Raw) | Should -Not -BeLike "*$($script:emu.Key)*"

        $recent = @(Get-SunoTask -Recent -Since (Get-Date).AddMinutes(-5))
        $recent | Should -HaveCount 1
        $recent[0].TaskId | Should -Be $line.taskId
        $recent[0].Prompt | Should -Be 'killed mid-wait'
    }

    It 'pays once for the same -IdempotencyKey and request' {
        $before = Get-Posts
        $first = New-SunoMusic -Prompt 'once' -IdempotencyKey 'pester-once'
        $again = New-SunoMusic -Prompt 'once' -IdempotencyKey 'pester-once' -Verbose 4>&1
        ($again | Where-Object { $_ -is [SunoPS.SunoTask] }).TaskId | Should -Be $first.TaskId
        (($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n") | Should -Match 'already submitted'
        (Get-Posts) - $before | Should -Be 1
    }

    It 'refuses the same -IdempotencyKey with another request as SunoInvalidRequest, naming the earlier task' {
        $first = New-SunoMusic -Prompt 'one' -IdempotencyKey 'pester-different'
        $before = Get-Posts
        New-SunoMusic -Prompt 'two' -IdempotencyKey 'pester-different' -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        "$($failed[0])" | Should -BeLike "*$($first.TaskId)*"
        (Get-Posts) - $before | Should -Be 0
    }

    It 'lets two processes with one key submit once between them' {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body @{ kind = 'delay'; delayMs = 1500; count = 1; pathPrefix = '/api/v1/generate' } | Out-Null
        $before = Get-Posts
        $children = 1..2 | ForEach-Object { Start-Child "New-SunoMusic -Prompt 'two processes' -IdempotencyKey 'pester-race' | Out-Null" }
        $children | ForEach-Object { $_.WaitForExit(120000) | Should -BeTrue }
        (Get-Posts) - $before | Should -Be 1
        @(Get-Content $script:journal) | Should -HaveCount 1
    }

    It 'honours $env:SUNO_JOURNAL_PATH' {
        $task = New-SunoLyric -Prompt 'Night city'
        $entry = Get-Content $script:journal | ConvertFrom-Json
        $entry.taskId | Should -Be $task.TaskId
        $entry.family | Should -Be 'Lyrics'
        $entry.fingerprint | Should -Match '^[0-9a-f]{64}$'
    }

    It 'writes nothing with $env:SUNO_JOURNAL = ''off'', and then refuses -IdempotencyKey' {
        $env:SUNO_JOURNAL = 'off'
        $before = Get-Posts
        New-SunoMusic -Prompt 'unjournaled' | Should -Not -BeNullOrEmpty
        Test-Path $script:journal | Should -BeFalse
        New-SunoMusic -Prompt 'keyed' -IdempotencyKey 'k' -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        (Get-Posts) - $before | Should -Be 1
    }

    It 'reports a submission of unknown outcome as SunoSubmissionOutcomeUnknown, sent once and journaled as unknown' {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body @{ kind = 'httpStatus'; code = 500; count = 1; pathPrefix = '/api/v1/generate' } | Out-Null
        $before = Get-Posts
        New-SunoMusic -Prompt 'unknown' -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SunoSubmissionOutcomeUnknown,*'
        "$($failed[0])" | Should -BeLike '*Get-SunoCredit*'
        "$($failed[0])" | Should -BeLike '*Get-SunoTask -Recent*'
        (Get-Posts) - $before | Should -Be 1
        (Get-Content $script:journal | ConvertFrom-Json).event | Should -Be 'unknown'
        Get-SunoTask -Recent -WarningVariable warned -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warned" | Should -BeLike '*unknown outcome*'
    }
}
