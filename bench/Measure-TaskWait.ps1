<#
.SYNOPSIS
    Waiting for many tasks that finish at times spread over a minute: Wait-SunoTask against polling them one after
    another as the API's own sample does (a loop per task, a read every 5 s), at 10, 100, 200 and 1,000 tasks.
.DESCRIPTION
    The emulator runs its clock at $Speed emulated seconds per real second and limits status reads to 20 per
    emulated second (20 × $Speed per real second); everything below is in emulated seconds. Each run resets the
    emulator and seeds N tasks that finish at 60 × (i+1)/N s, in a shuffled order (generations do not finish in
    the order they were submitted). Wait-SunoTask gets its default settings translated to emulated time: a first
    poll interval of 5 s growing towards 30 s, a budget of 10 reads per second.

    Per task: latency = when the task came out of the command − when it finished. "Within one poll interval" compares
    that latency with the interval of the nominal schedule (5 s, ×1.25 per read, at most 30 s, ±10 % jitter) at the
    moment the task finished. "Implied reads" counts the reads that schedule needs to see every task finish.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [double] $Speed = 6)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$spread = 60.0
$readLimit = 20
$interval = 5.0
$maxInterval = 30.0
$budget = 10.0

function Get-FinishTimes([int] $Count) {
    # Evenly spread over the minute, shuffled with a fixed seed so every run waits for the same tasks.
    $random = [Random]::new($Count)
    $times = [double[]](0..($Count - 1) | ForEach-Object { $spread * ($_ + 1) / $Count })
    for ($i = $times.Count - 1; $i -gt 0; $i--) {
        $j = $random.Next($i + 1)
        $t = $times[$i]; $times[$i] = $times[$j]; $times[$j] = $t
    }
    , $times
}

function Get-NominalSchedule([double] $Finish) {
    # Reads at 0, 5, 11.25, … (interval ×1.25, at most 30 s) until one sees the task finished.
    $at = 0.0; $step = $interval; $reads = 1
    while ($at -lt $Finish) { $at += $step; $step = [math]::Min($maxInterval, $step * 1.25); $reads++ }
    $previous = $step / 1.25
    if ($previous -lt $interval) { $previous = $interval }
    [pscustomobject]@{ Reads = $reads; IntervalAtFinish = $previous }
}

function Start-Run([int] $Count) {
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path reset
    $finish = Get-FinishTimes $Count
    $ids = @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = $Count; finishAfterSeconds = $finish }).taskIds)
    $me = [Diagnostics.Process]::GetCurrentProcess()
    [pscustomobject]@{ Ids = $ids; Finish = $finish; Clock = [Diagnostics.Stopwatch]::StartNew(); Out = @{}; Cpu = $me.TotalProcessorTime }
}

function Complete-Run($Run, [string] $Way, [int] $SurfacedErrors, [int] $ThrottleAnswersSeen, [double] $Budget) {
    $me = [Diagnostics.Process]::GetCurrentProcess()
    $cpu = ($me.TotalProcessorTime - $Run.Cpu).TotalSeconds
    $stats = Invoke-SunoEmulatorControl -Emulator $emulator -Path stats -Method Get
    $count = $Run.Ids.Count
    $latestMiss = [double]::NaN
    $latencies = [Collections.Generic.List[double]]::new()
    $within = 0; $withinBudget = 0; $implied = 0
    $outTimes = [double[]]@($Run.Out.Values | Sort-Object)
    for ($i = 0; $i -lt $count; $i++) {
        $nominal = Get-NominalSchedule $Run.Finish[$i]
        $implied += $nominal.Reads
        if ($Run.Out.ContainsKey($Run.Ids[$i])) {
            $latency = $Run.Out[$Run.Ids[$i]] - $Run.Finish[$i]
            $latencies.Add($latency)
            if ($latency -le $nominal.IntervalAtFinish * 1.1) { $within++ }
            elseif ([double]::IsNaN($latestMiss) -or $Run.Finish[$i] -gt $latestMiss) { $latestMiss = $Run.Finish[$i] }
            # The interval the budget allows: a read budget of B per second shared by the W tasks still waiting
            # when this one finished means each is read every W / B seconds at best.
            $waiting = $count - @($outTimes | Where-Object { $_ -le $Run.Finish[$i] }).Count
            $allowed = [math]::Max($nominal.IntervalAtFinish, $waiting / $Budget)
            if ($latency -le $allowed * 1.1) { $withinBudget++ }
        }
    }
    $reads = [double]$stats.requestsByPath.'/api/v1/generate/record-info'
    [pscustomobject]@{
        Tasks = $count; Way = $Way; Budget = $Budget
        Written = $Run.Out.Count
        Elapsed = if ($Run.Out.Count) { ($Run.Out.Values | Measure-Object -Maximum).Maximum } else { [double]::NaN }
        Median = Get-Median @($latencies); P95 = Get-Percentile @($latencies) 95
        Max = if ($latencies.Count) { ($latencies | Measure-Object -Maximum).Maximum } else { [double]::NaN }
        Within = $within; WithinBudget = $withinBudget; Reads = $reads; Implied = $implied; Throttled = [double]$stats.throttled
        Surfaced = $SurfacedErrors; ThrottleAnswersSeen = $ThrottleAnswersSeen; Cpu = $cpu; LatestMiss = $latestMiss
    }
}

function Invoke-SunoWait([int] $Count, [double] $RequestsPerSecond) {
    $run = Start-Run $Count
    $out = $run.Out; $clock = $run.Clock; $speed = $Speed
    $errors = @()
    $run.Ids | Wait-SunoTask -PollIntervalSec ($interval / $Speed) -MaxRequestsPerSecond ($RequestsPerSecond * $Speed) -TimeoutSec 3600 `
        -ErrorVariable errors -ErrorAction SilentlyContinue |
        ForEach-Object { $out[$_.TaskId] = $clock.Elapsed.TotalSeconds * $speed }
    $name = if ($RequestsPerSecond -eq $budget) { 'Wait-SunoTask' } else { "Wait-SunoTask -MaxRequestsPerSecond $RequestsPerSecond" }
    Complete-Run $run $name @($errors).Count 0 $RequestsPerSecond
}

function Invoke-SequentialWait([int] $Count) {
    # The API's sample, per task: read; SUCCESS → done; a failure → done; anything else → sleep 5 s, read again.
    $run = Start-Run $Count
    $headers = @{ Authorization = "Bearer $($emulator.Key)" }
    $base = "$($emulator.ApiUri)api/v1/generate/record-info?taskId="
    $sleep = [int](1000 * $interval / $Speed)
    $throttleAnswers = 0
    foreach ($id in $run.Ids) {
        while ($true) {
            $answer = Invoke-RestMethod -Uri ($base + $id) -Headers $headers
            if ($answer.code -eq 200 -and $answer.data.status -eq 'SUCCESS') { $run.Out[$id] = $run.Clock.Elapsed.TotalSeconds * $Speed; break }
            if ($answer.code -eq 200 -and $answer.data.status -match 'FAILED|ERROR|EXCEPTION') { break }
            if ($answer.code -ne 200) { $throttleAnswers++ }   # the sample would read `data.status` of null: here, it tries again
            Start-Sleep -Milliseconds $sleep
        }
    }
    Complete-Run $run 'one after another (API sample)' $throttleAnswers $throttleAnswers ([double]::NaN)
}

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll') `
    -Arguments '--speed', "$Speed", '--read-limit', "$([int]($readLimit * $Speed))"
try {
    Set-SunoApiKey -ApiKey $emulator.Key -BaseUri $emulator.ApiUri
    # Warm-up (JIT, connections), not measured.
    $null = Start-Run 5
    $warm = @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 5; status = 'SUCCESS' }).taskIds)
    $null = $warm | Wait-SunoTask -PollIntervalSec 0.1
    $null = Invoke-RestMethod -Uri "$($emulator.ApiUri)api/v1/generate/record-info?taskId=$($warm[0])" -Headers @{ Authorization = "Bearer $($emulator.Key)" }

    $runs = [Collections.Generic.List[object]]::new()
    foreach ($count in 10, 100, 200, 1000) {
        Write-BenchNote "  wait: $count tasks"
        $runs.Add((Invoke-SunoWait $count $budget))
        if ($count -eq 200) { $runs.Add((Invoke-SunoWait $count $readLimit)) }
        $runs.Add((Invoke-SequentialWait $count))
    }
}
finally {
    Stop-SunoTestEmulator $emulator
}

$table = foreach ($r in $runs) {
    [pscustomobject]@{
        'Tasks'                       = $r.Tasks
        'Way'                         = $r.Way
        'Written out'                 = "$($r.Written)/$($r.Tasks)"
        'Last out (s)'                = Format-Number $r.Elapsed '0.0'
        'Latency median / p95 / max (s)' = '{0} / {1} / {2}' -f (Format-Number $r.Median '0.0'), (Format-Number $r.P95 '0.0'), (Format-Number $r.Max '0.0')
        'Within one poll interval'    = '{0}/{1}' -f $r.Within, $r.Tasks
        'Within the interval the budget allows' = if ([double]::IsNaN($r.Budget)) { '—' } else { '{0}/{1}' -f $r.WithinBudget, $r.Tasks }
        'Reads (implied)'             = '{0} ({1})' -f $r.Reads, $r.Implied
        'Reads / implied'             = Format-Number ($r.Reads / $r.Implied) '0.00'
        'Throttled by the emulator'   = $r.Throttled
        'Errors surfaced'             = $r.Surfaced
        'CPU of this process (s real)' = Format-Number $r.Cpu '0.00'
    }
}

$main = $runs | Where-Object { $_.Tasks -eq 200 -and $_.Way -eq 'Wait-SunoTask' }
$fast = $runs | Where-Object { $_.Tasks -eq 200 -and $_.Budget -eq $readLimit }
$sequential = $runs | Where-Object { $_.Tasks -eq 200 -and $_.Way -like 'one after*' }
$ratio = $main.Reads / $main.Implied
$met = ($main.Within -eq $main.Tasks) -and ($ratio -le 1.2) -and ($main.Surfaced -eq 0)
$demand = $main.Tasks / $interval   # reads per second the nominal schedule asks for at the start
$onTime = if ($main.WithinBudget -eq $main.Tasks) {
    'Against the interval the budget allows, every task was on time'
} else {
    "Against the interval the budget allows, $($main.WithinBudget) of $($main.Tasks) tasks were on time"
}
$why = ('{0} tasks polled every {1} s ask for {2} reads/s at the start: {3}× the emulator''s limit of {4}/s and {5}× the default budget of {6}/s.' -f
        $main.Tasks, $interval, (Format-Number $demand '0'), (Format-Number ($demand / $readLimit) '0.#'), $readLimit, (Format-Number ($demand / $budget) '0.#'), $budget) +
    (' No scheduler can read every task once per interval while more tasks wait than budget × interval: the first round of reads alone takes {0} s at the default budget ({1} s at 20/s),' -f
        (Format-Number ($main.Tasks / $budget) '0'), (Format-Number ($main.Tasks / $readLimit) '0')) +
    (' until finished tasks and backed-off intervals bring the demand under the budget. The tasks that missed all finished by {0} s ({1} s at 20/s).' -f
        (Format-Number $main.LatestMiss '0'), (Format-Number $fast.LatestMiss '0')) +
    (' {0}, with {1}× the reads the nominal schedule implies and {2} throttle errors surfaced.' -f $onTime, (Format-Number $ratio '0.00'), $main.Surfaced)

[pscustomobject]@{
    Key      = 'Wait'
    Title    = 'Waiting for tasks'
    Rows     = @(
        New-BenchRow -Benchmark 'Wait for 200 tasks finishing over a minute (emulated), reads limited to 20/s' `
            -ComparedWith ('one after another (API sample): last out at {0} s, latency median {1} s, max {2} s; {3} reads' -f
                (Format-Number $sequential.Elapsed '0'), (Format-Number $sequential.Median '0.0'), (Format-Number $sequential.Max '0'), $sequential.Reads) `
            -Measured ('{0}/200 out within one poll interval, {1}/200 within the interval the budget allows (latency median {2} s, max {3} s); reads {4}× implied; {5} throttle errors surfaced ({6} throttled reads, retried). With `-MaxRequestsPerSecond 20`: {7}/200 and {8}/200, max {9} s, {10}× implied, {11} errors' -f
                $main.Within, $main.WithinBudget, (Format-Number $main.Median '0.0'), (Format-Number $main.Max '0.0'),
                (Format-Number $ratio '0.00'), $main.Surfaced, $main.Throttled, $fast.Within, $fast.WithinBudget, (Format-Number $fast.Max '0.0'),
                (Format-Number ($fast.Reads / $fast.Implied) '0.00'), $fast.Surfaced) `
            -Target 'each task out within one poll interval of its finish; reads ≤ 1.2× implied; 0 throttle errors surfaced' -Met $met `
            -Why $why
    )
    Details  = @(
        "Emulated time, clock at $Speed× (a minute of finishes takes $(Format-Number ($spread / $Speed) '0') s real); reads limited to $readLimit per emulated second."
        'Wait-SunoTask runs with its defaults in emulated time (first interval 5 s growing to 30 s, budget 10 reads/s) unless the row says otherwise.'
        'The sample loop treats a throttled answer as "not finished yet" and sleeps its 5 s (the sample itself would fail on `data.status` of null);'
        'for it, "Errors surfaced" counts those throttle answers its user would have seen.'
        '"Within the interval the budget allows" uses the larger of that nominal interval and (tasks still waiting ÷ read budget):'
        'the best any scheduler can do when the tasks ask for more reads than the budget.'
        ''
        ConvertTo-MarkdownTable @($table)
        ''
        $why
        ''
        ('The sample loop reads few times (one task at a time) but writes a task out only when its turn comes: at 200 tasks its median latency is {0} s against {1} s.' -f
            (Format-Number $sequential.Median '0'), (Format-Number $main.Median '0.0'))
        ('Time scaling: the emulator runs at {0}×, and so do the waits and budgets given to both ways; the client''s own retry delay (1 s) and' -f $Speed) +
        ' its calm spell after a throttle (10 s) are real seconds, so they weigh more in emulated time than they would at full scale.'
    )
    Commands = @(
        "# emulator: --speed $Speed --read-limit $([int]($readLimit * $Speed)); tasks seeded with POST /_emulator/tasks {count, finishAfterSeconds}"
        ('$ids | Wait-SunoTask -PollIntervalSec {0} -MaxRequestsPerSecond {1} -TimeoutSec 3600   # 5 s and 10/s in emulated time' -f
            (Format-Number ($interval / $Speed) '0.###'), (Format-Number ($budget * $Speed) '0.###'))
        ('foreach ($id in $ids) { while ($true) { $r = Invoke-RestMethod "$api/api/v1/generate/record-info?taskId=$id" -Headers $h; if ($r.data.status -eq ''SUCCESS'') { break }; Start-Sleep -Milliseconds ' +
            [int](1000 * $interval / $Speed) + ' } }   # 5 s in emulated time')
    )
}
