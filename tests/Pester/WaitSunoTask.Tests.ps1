# Wait-SunoTask as a user runs it (issue 3): the built module against the emulator executable on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = (Join-Path $root 'out/SunoPS/SunoPS.psd1')
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    Import-Module $script:modulePath -Force

    $script:key = 'sk-SunoPS-Wait-Hn5Ty8Mk3Rd6'
    # 1 real second = 600 emulated seconds: a default generation (120 s) takes 0.2 s.
    $script:emu = Start-SunoTestEmulator -Key $script:key -Arguments '--speed', '600', '--track-seconds', '5'
    Remove-SunoApiKey
    Set-SunoApiKey -ApiKey $script:key -BaseUri $script:emu.ApiUri -RetryIntervalSec 0.02

    function New-SeededTask {
        param([int] $Count = 1, [string] $Status, [string] $Prompt, [double[]] $FinishAfterSeconds)
        $body = @{ count = $Count }
        if ($Status) { $body.status = $Status }
        if ($Prompt) { $body.prompt = $Prompt }
        if ($FinishAfterSeconds) { $body.finishAfterSeconds = $FinishAfterSeconds }
        (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body $body).taskIds
    }

    function Get-RequestCount([string] $Path = '/api/v1/generate/record-info') {
        $byPath = (Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get).requestsByPath
        if ($byPath.PSObject.Properties[$Path]) { [int]$byPath.$Path } else { 0 }
    }

    # A second runspace running a wait, as Ctrl+C and background jobs see it.
    function Start-BackgroundWait([string] $Script) {
        $ps = [powershell]::Create()
        $null = $ps.AddScript(@"
Import-Module '$script:modulePath'
Set-SunoApiKey -ApiKey '$script:key' -BaseUri '$($script:emu.ApiUri)'
$Script
"@)
        $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
        $handle = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]$null, $output)
        [pscustomobject]@{ PowerShell = $ps; Output = $output; Handle = $handle }
    }

    function Wait-Until([scriptblock] $Condition, [int] $TimeoutSec = 20) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        while (-not (& $Condition)) {
            if ($clock.Elapsed.TotalSeconds -gt $TimeoutSec) { throw "Condition not met within $TimeoutSec s: $Condition" }
            Start-Sleep -Milliseconds 20
        }
    }
}

AfterAll {
    Remove-SunoApiKey
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'Wait-SunoTask' {
    BeforeEach { Invoke-SunoEmulatorControl -Emulator $script:emu -Path reset | Out-Null }

    It 'waits for a new task and returns it complete' {
        $task = New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask -PollIntervalSec 0.05

        $task | Should -BeOfType 'SunoPS.SunoTask'
        $task.Status | Should -Be 'SUCCESS'
        $task.IsCompleted | Should -BeTrue
        $task.Tracks | Should -HaveCount 2
        $task.Tracks | ForEach-Object { $_.AudioUrl | Should -Not -BeNullOrEmpty }
    }

    It 'writes each task in the order they finish' {
        # They finish 3.0 s, 0.2 s and 1.5 s from now.
        $ids = New-SeededTask -Count 3 -FinishAfterSeconds 1800, 120, 900

        $tasks = $ids | Wait-SunoTask -PollIntervalSec 0.05

        $tasks.TaskId | Should -Be @($ids[1], $ids[2], $ids[0])
        $tasks.Status | Should -Be @('SUCCESS', 'SUCCESS', 'SUCCESS')
    }

    It 'writes a task the moment it finishes, while others still run' {
        $done = New-SeededTask -Status SUCCESS
        $running = New-SeededTask -Status PENDING
        $wait = Start-BackgroundWait "'$done', '$running' | Wait-SunoTask -PollIntervalSec 0.05 -TimeoutSec 60"
        try {
            Wait-Until { $wait.Output.Count -ge 1 }

            $wait.Output[0].TaskId | Should -Be $done
            $wait.PowerShell.InvocationStateInfo.State | Should -Be 'Running'
        }
        finally {
            $wait.PowerShell.Stop()
            $wait.PowerShell.Dispose()
        }
    }

    It 'accepts ids, task objects and CSV rows' {
        $ids = New-SeededTask -Count 3 -Status SUCCESS
        $csv = Join-Path $TestDrive 'tasks.csv'
        $ids | Get-SunoTask | Export-Csv $csv

        (Wait-SunoTask -TaskId $ids[0]).TaskId | Should -Be $ids[0]
        ($ids | Get-SunoTask | Wait-SunoTask).TaskId | Sort-Object | Should -Be ($ids | Sort-Object)
        (Import-Csv $csv | Wait-SunoTask).TaskId | Sort-Object | Should -Be ($ids | Sort-Object)
    }

    It 'waits for each task once, however often it is given' {
        $id = New-SeededTask -Status SUCCESS

        $tasks = $id, $id, $id | Wait-SunoTask

        $tasks | Should -HaveCount 1
        Get-RequestCount | Should -Be 1
    }

    It 'stops at the stage named by -Until <Until>' -ForEach @(
        @{ Until = 'Text'; Status = 'TEXT_SUCCESS' }
        @{ Until = 'First'; Status = 'FIRST_SUCCESS' }
    ) {
        $id = New-SeededTask -Status $Status

        $task = $id | Wait-SunoTask -Until $Until -PollIntervalSec 0.05 -TimeoutSec 10

        $task.Status | Should -Be $Status
        if ($Until -eq 'First') {
            $task.Tracks | ForEach-Object { $_.StreamAudioUrl | Should -Not -BeNullOrEmpty }
        }
    }

    It 'returns only the first finished task with -Any' {
        $running = New-SeededTask -Count 3 -Status PENDING
        $done = New-SeededTask -Count 1 -Status SUCCESS

        $tasks = @($running) + @($done) | Wait-SunoTask -Any -PollIntervalSec 0.05 -TimeoutSec 30

        $tasks | Should -HaveCount 1
        $tasks.TaskId | Should -Be $done
    }

    It 'reports a failed task as SunoTaskFailed with the API''s code and message, the task as target, and goes on' {
        $failed = New-SeededTask -Prompt 'A song [fail]' -FinishAfterSeconds 120
        $good = New-SeededTask -FinishAfterSeconds 180
        $err = $null

        $tasks = $failed, $good | Wait-SunoTask -PollIntervalSec 0.05 -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.TaskId | Should -Be $good
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].FullyQualifiedErrorId | Should -Be 'SunoTaskFailed,SunoPS.Cmdlets.WaitSunoTaskCommand'
        $err[0].TargetObject | Should -Be $failed
        $err[0].Exception.Target | Should -BeOfType 'SunoPS.SunoTask'
        $err[0].Exception.Target.Status | Should -Be 'GENERATE_AUDIO_FAILED'
        "$($err[0])" | Should -Match 'GENERATE_AUDIO_FAILED'
        "$($err[0])" | Should -Match '501'
        "$($err[0])" | Should -Match 'Audio generation failed'
    }

    It 'reports a policy-rejected task as SunoTaskFailed: <Prompt>' -ForEach @(
        @{ Prompt = 'Words [sensitive]'; Status = 'SENSITIVE_WORD_ERROR'; Code = 400 }
        @{ Prompt = 'Words [create-fail]'; Status = 'CREATE_TASK_FAILED'; Code = 500 }
    ) {
        $id = New-SeededTask -Prompt $Prompt
        $err = $null

        $id | Wait-SunoTask -PollIntervalSec 0.05 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err[0].TargetObject | Should -Be $id
        "$($err[0])" | Should -Match $Status
        "$($err[0])" | Should -Match "error code $Code"
    }

    It 'writes out a CALLBACK_EXCEPTION task (its audio exists) with a warning' {
        $id = New-SeededTask -Prompt 'Words [callback-fail]'
        $err = $null
        $warn = $null

        $task = $id | Wait-SunoTask -PollIntervalSec 0.05 -ErrorVariable err -WarningVariable warn -WarningAction SilentlyContinue

        $err | Should -BeNullOrEmpty
        $task.TaskId | Should -Be $id
        $task.Status | Should -Be 'CALLBACK_EXCEPTION'
        "$warn" | Should -Match 'Only the callback failed'
    }

    It 'makes a failed task terminating with -ErrorAction Stop' {
        $id = New-SeededTask -Prompt 'A song [sensitive]'
        $err = try { $id | Wait-SunoTask -ErrorAction Stop; $null } catch { $_ }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $err.TargetObject | Should -Be $id
    }

    It 'stops polling the other tasks after a terminating failure' {
        $failed = New-SeededTask -Prompt 'A song [sensitive]'
        $running = New-SeededTask -Count 3 -Status PENDING
        try { @($failed) + @($running) | Wait-SunoTask -PollIntervalSec 0.05 -ErrorAction Stop } catch { }

        Start-Sleep -Milliseconds 300
        $after = Get-RequestCount
        Start-Sleep -Milliseconds 700
        Get-RequestCount | Should -Be $after
    }

    It 'ends with SunoWaitTimeout naming the last status of each unfinished task' {
        $stuck = New-SeededTask -Status FIRST_SUCCESS
        $done = New-SeededTask -Status SUCCESS
        $err = $null

        $tasks = $stuck, $done | Wait-SunoTask -TimeoutSec 1 -PollIntervalSec 0.1 -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.TaskId | Should -Be $done
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoWaitTimeout,*'
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err[0].TargetObject | Should -Be $stuck
        "$($err[0])" | Should -Match 'FIRST_SUCCESS'
        "$($err[0])" | Should -Match $stuck
    }

    It 'reports an unknown task as SunoTaskNotFound and waits for the others' {
        $id = New-SeededTask -Status SUCCESS
        $err = $null

        $tasks = 'no-such-task', $id | Wait-SunoTask -PollIntervalSec 0.05 -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.TaskId | Should -Be $id
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotFound,*'
        $err[0].TargetObject | Should -Be 'no-such-task'
    }

    It 'shows status changes with -Verbose' {
        $id = New-SeededTask -FinishAfterSeconds 240

        $verbose = $id | Wait-SunoTask -PollIntervalSec 0.05 -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message

        $text = $verbose -join "`n"
        $text | Should -Match "Task ${id}: \(new\) -> [A-Z_]+\."
        $text | Should -Match "Task $id reached SUCCESS\."
        ($verbose | Where-Object { $_ -match "Task ${id}: .* -> " }).Count | Should -BeGreaterThan 1
    }

    It 'shows a progress bar and completes it' {
        $ids = New-SeededTask -Count 2 -FinishAfterSeconds 300, 600
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript(@"
Import-Module '$script:modulePath'
Set-SunoApiKey -ApiKey '$script:key' -BaseUri '$($script:emu.ApiUri)'
'$($ids[0])', '$($ids[1])' | Wait-SunoTask -PollIntervalSec 0.05
"@)
            $tasks = $ps.Invoke()

            $tasks | Should -HaveCount 2
            $progress = @($ps.Streams.Progress | Where-Object Activity -eq 'Waiting for Suno tasks')
            $progress.Count | Should -BeGreaterThan 1
            $progress[-1].RecordType | Should -Be 'Completed'
            # Tasks join as they come down the pipeline; once both are in, the bar counts two.
            ($progress | Where-Object RecordType -eq 'Processing')[-1].StatusDescription | Should -Match '^\d of 2 done'
        }
        finally { $ps.Dispose() }
    }

    It 'is stopped by Stop(), and no read follows' {
        $ids = New-SeededTask -Count 5 -Status PENDING
        $wait = Start-BackgroundWait "'$($ids -join "','")' | Wait-SunoTask -PollIntervalSec 0.2"
        try {
            Wait-Until { (Get-RequestCount) -ge 5 }
            $wait.PowerShell.InvocationStateInfo.State | Should -Be 'Running'

            # Stop() returns once the command has stopped (no wall-clock bound is asserted: that is a benchmark's job).
            $wait.PowerShell.Stop()

            $wait.PowerShell.InvocationStateInfo.State | Should -Be 'Stopped'
            $wait.PowerShell.Streams.Error | Should -BeNullOrEmpty
            $after = Get-RequestCount
            Start-Sleep -Milliseconds 600
            Get-RequestCount | Should -Be $after
        }
        finally { $wait.PowerShell.Dispose() }
    }

    It 'rides out a throttling API without surfacing errors' {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ readLimitPerSecond = 5 } | Out-Null
        try {
            $ids = New-SeededTask -Count 4 -FinishAfterSeconds 60, 120, 180, 240
            $err = $null

            $tasks = $ids | Wait-SunoTask -PollIntervalSec 0.05 -ErrorVariable err

            $tasks | Should -HaveCount 4
            $err | Should -BeNullOrEmpty
            (Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get).throttled | Should -BeGreaterThan 0
        }
        finally {
            Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ readLimitPerSecond = 0 } | Out-Null
        }
    }

    It 'refuses an empty id and waits for the rest' {
        $id = New-SeededTask -Status SUCCESS
        $err = $null

        $tasks = '', $id | Wait-SunoTask -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.TaskId | Should -Be $id
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
    }
}

Describe 'New-SunoMusic -Wait' {
    It 'submits a batch and returns each task as it finishes' {
        $tasks = 'one', 'two', 'three' | New-SunoMusic -Wait -PollIntervalSec 0.05

        $tasks | Should -HaveCount 3
        $tasks | ForEach-Object { $_.Status | Should -Be 'SUCCESS' }
        $tasks.Prompt | Sort-Object | Should -Be @('one', 'three', 'two')
    }

    It 'reports a time-out as SunoWaitTimeout' {
        $err = $null

        $out = New-SunoMusic -Prompt 'Long one [slow]' -Wait -TimeoutSec 1 -PollIntervalSec 0.05 -ErrorVariable err -ErrorAction SilentlyContinue

        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoWaitTimeout,*'
    }
}
