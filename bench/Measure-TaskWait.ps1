<#
.SYNOPSIS
    Waiting for 200 generations whose stages follow the documented timings, reads limited to 20/s: Wait-SunoTask with
    its defaults against the seed's sequential poller and a round-robin poller at the same read budget.
.DESCRIPTION
    Three emulators, one per way, each limiting record-info reads to 20 per second and giving every task its own stage
    times, drawn per task: TEXT_SUCCESS at 8–12 s, FIRST_SUCCESS at 30–40 s, SUCCESS at 120–180 s after its creation
    (suno-api.md: text ~10 s, first 30–40 s, complete 2–3 minutes). The tasks are created as the documented submission
    limit lets them through, 20 every 10 s (200 tasks take 90 s to submit), and reach the poller as they are created.
    The three pollers run at the same time in pwsh processes of their own (Invoke-WaitPoller.ps1), which start their
    batches at one agreed moment, so the three clocks start together and the benchmark takes one wait (under five
    minutes), not three.

    Real time, not a faster emulator clock: Wait-SunoTask's defaults are real seconds, and not all of them are
    parameters (the longest interval, the retry delay, the calm after a throttle, the scheduler's own timing), so a sped-up clock would
    measure other settings than the ones users get.

    Per task: delay = when it came out of the poller − when the emulator's timeline says it reached SUCCESS.
#>
param(
    [Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Count = 200, [double] $Speed = 1,
    # Other benchmarks to run while the pollers wait (Invoke-Benchmarks.ps1 passes them, to keep the Bench task short).
    [scriptblock] $Meanwhile, [string[]] $MeanwhileNames = @()
)

$ErrorActionPreference = 'Stop'
$readLimit = 20
$budget = 10.0          # Wait-SunoTask's default -MaxRequestsPerSecond; the round-robin poller gets the same
$timings = '--text-seconds', '8', '--text-spread', '4', '--first-seconds', '30', '--first-spread', '10', '--complete-seconds', '120', '--complete-spread', '60'
$ways = [ordered]@{
    WaitSunoTask = 'Wait-SunoTask (defaults)'
    RoundRobin   = "round robin at $budget reads/s"
    Sequential   = 'one after another (the seed''s sample loop)'
}
New-Item -ItemType Directory -Force $Work | Out-Null
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$emulators = @{}
try {
    foreach ($way in $ways.Keys) {
        $emulators[$way] = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll') -Arguments (@('--read-limit', "$readLimit", '--speed', "$Speed") + $timings)
    }
    # Every child needs a couple of seconds to start pwsh and import; they seed together once all are surely up.
    $startAt = [DateTime]::UtcNow.AddSeconds(6).Ticks
    $children = [ordered]@{}
    foreach ($way in $ways.Keys) {
        $children[$way] = Start-BenchScript -Script (Join-Path $PSScriptRoot 'Invoke-WaitPoller.ps1') -Arguments @(
            '-Way', $way, '-ApiUri', $emulators[$way].ApiUri.ToString(), '-Key', $emulators[$way].Key, '-Module', $manifest,
            '-Count', "$Count", '-StartAtTicks', "$startAt", '-ResultPath', (Join-Path $Work "$way.json"), '-Budget', "$budget")
    }
    if ($Meanwhile) { & $Meanwhile }
    $runs = foreach ($way in $ways.Keys) {
        $done = Complete-BenchScript $children[$way]
        if ($done.ExitCode -ne 0) { throw "The $way poller failed: $($done.Error) $($done.Output)" }
        $result = Get-Content -Raw (Join-Path $Work "$way.json") | ConvertFrom-Json -AsHashtable
        $stats = Invoke-SunoEmulatorControl -Emulator $emulators[$way] -Path stats -Method Get
        $delays = [Collections.Generic.List[double]]::new()
        $byBatch = @{}   # batch of 20 (in creation order) → its delays: a profile of where the slow outputs are
        for ($i = 0; $i -lt $result.Ids.Count; $i++) {
            if ($result.Out.ContainsKey($result.Ids[$i])) {
                $d = $result.Out[$result.Ids[$i]] - $result.CompleteAt[$i]
                $delays.Add($d)
                $b = [int][math]::Floor($i / 20)
                if (-not $byBatch.ContainsKey($b)) { $byBatch[$b] = [Collections.Generic.List[double]]::new() }
                $byBatch[$b].Add($d)
            }
        }
        [pscustomobject]@{
            ByBatch = $byBatch
            Way = $way; Label = $ways[$way]; Tasks = $result.Ids.Count; Written = $result.Out.Count
            Median = Get-Median @($delays); P95 = Get-Percentile @($delays) 95
            Max = ($delays | Measure-Object -Maximum).Maximum; Min = ($delays | Measure-Object -Minimum).Minimum
            LastOut = ($result.Out.Values | Measure-Object -Maximum).Maximum
            CreatedAt = [double[]]$result.CreatedAt; CompleteAt = [double[]]$result.CompleteAt
            FirstFinish = ($result.CompleteAt | Measure-Object -Minimum).Minimum; LastFinish = ($result.CompleteAt | Measure-Object -Maximum).Maximum
            Reads = [double]$stats.requestsByPath.'/api/v1/generate/record-info'; Throttled = [double]$stats.throttled
            Surfaced = $result.Surfaced; ThrottleAnswers = $result.ThrottleAnswers; Cpu = $result.CpuSeconds
        }
    }
}
finally {
    foreach ($e in $emulators.Values) { Stop-SunoTestEmulator $e }
}

$of = @{}; foreach ($r in $runs) { $of[$r.Way] = $r }
$suno = $of.WaitSunoTask; $rr = $of.RoundRobin; $seq = $of.Sequential
$table = foreach ($r in $runs) {
    [pscustomobject]@{
        'Way'                               = $r.Label
        'Written out'                       = "$($r.Written)/$($r.Tasks)"
        'Delay median / p95 / max (s)'      = '{0} / {1} / {2}' -f (Format-Number $r.Median '0.0'), (Format-Number $r.P95 '0.0'), (Format-Number $r.Max '0.0')
        'p95 vs round robin'                = Format-Ratio ($r.P95 / $rr.P95)
        'Last out (s)'                      = Format-Number $r.LastOut '0'
        'Reads'                             = $r.Reads
        'Reads per task'                    = Format-Number ($r.Reads / $r.Tasks) '0.0'
        'Reads vs round robin'              = Format-Ratio ($r.Reads / $rr.Reads)
        'Throttled by the emulator'         = $r.Throttled
        'Throttle errors surfaced'          = $r.Surfaced
        'CPU of the poller (s)'             = Format-Number $r.Cpu '0.0'
    }
}
$batchTable = foreach ($b in @($suno.ByBatch.Keys | Sort-Object)) {
    $row = [ordered]@{ 'Batch (created at)' = '{0} ({1} s)' -f ($b + 1), (10 * $b) }
    foreach ($r in $runs) {
        $d = if ($r.ByBatch.ContainsKey($b)) { @($r.ByBatch[$b]) } else { @() }
        $row[$r.Label + ': median / p95 (s)'] = '{0} / {1}' -f (Format-Number (Get-Median $d) '0.0'), (Format-Number (Get-Percentile $d 95) '0.0')
    }
    [pscustomobject]$row
}
# How far the information a poller has lets it beat round robin: this run's own tasks (created and finished as the
# Wait-SunoTask way's emulator says), replayed offline through idealised pollers at the same budget.
$replay = Join-Path $PSScriptRoot 'Invoke-WaitReplay.ps1'
$rrReplayed = & $replay -CreatedAt $suno.CreatedAt -CompleteAt $suno.CompleteAt -Budget $budget
$rrReplayedP95 = Get-Percentile $rrReplayed.Delays 95
# 100: where FinishEstimator's documented window for a task at its start opens (src/SunoPS.Client/Polling); keep them together.
$ideal = foreach ($opens in 120, 115, 110, 100) {
    $r = & $replay -CreatedAt $suno.CreatedAt -CompleteAt $suno.CompleteAt -Budget $budget -OpensAfter $opens
    $p95 = Get-Percentile $r.Delays 95
    [pscustomobject]@{ Opens = $opens; Median = Get-Median $r.Delays; P95 = $p95; Ratio = $p95 / $rrReplayedP95; Reads = $r.Reads }
}
$idealOf = @{}; foreach ($i in $ideal) { $idealOf[$i.Opens] = $i }
$opensNote = @{
    120 = 'the documented 2 minutes trusted to the second, true of every task here'
    115 = '5 s of margin'
    110 = '10 s of margin'
    100 = 'Wait-SunoTask''s start before siblings have finished: the documented 2–3 min widened to 100–200 s'
}
$replayTable = @(
    [pscustomobject]@{
        'Replayed poller (same tasks, same budget)' = "round robin at $budget reads/s"
        'Delay median / p95 (s)' = '{0} / {1}' -f (Format-Number (Get-Median $rrReplayed.Delays) '0.0'), (Format-Number $rrReplayedP95 '0.0')
        'p95 vs round robin' = Format-Ratio 1
        'Reads' = $rrReplayed.Reads
    }
    foreach ($i in $ideal) {
        [pscustomobject]@{
            'Replayed poller (same tasks, same budget)' = 'ideal: never reads a task sooner than {0} s after its creation ({1}), then the one unread longest' -f $i.Opens, $opensNote[$i.Opens]
            'Delay median / p95 (s)' = '{0} / {1}' -f (Format-Number $i.Median '0.0'), (Format-Number $i.P95 '0.0')
            'p95 vs round robin' = Format-Ratio $i.Ratio
            'Reads' = $i.Reads
        }
    }
)
$firstBatch = @($suno.ByBatch[0]); $laterBatches = @($suno.ByBatch.Keys | Where-Object { $_ -gt 0 } | ForEach-Object { $suno.ByBatch[$_] })
$p95Ratio = $suno.P95 / $rr.P95
$met = ($suno.Written -eq $suno.Tasks) -and ($p95Ratio -le 0.5) -and ($suno.Reads -le $rr.Reads) -and ($suno.Surfaced -eq 0)
$cycle = $Count / $budget
$idle = [math]::Round([math]::Min($rr.Reads, $rr.FirstFinish * $budget))   # round-robin reads spent before any task could finish
$why = if ($met) { $null } else {
    $missed = @(
        if ($p95Ratio -gt 0.5) { 'delay p95 {0} s = {1} round robin''s {2} s (the target is {3} s)' -f (Format-Number $suno.P95 '0.0'), (Format-Ratio $p95Ratio), (Format-Number $rr.P95 '0.0'), (Format-Number (0.5 * $rr.P95) '0.0') }
        if ($suno.Reads -gt $rr.Reads) { '{0} reads, more than round robin''s {1}' -f $suno.Reads, $rr.Reads }
        if ($suno.Surfaced -gt 0) { '{0} throttle errors surfaced' -f $suno.Surfaced }
        if ($suno.Written -lt $suno.Tasks) { 'only {0} of {1} tasks came out' -f $suno.Written, $suno.Tasks }
    ) -join '; '
    $schedule = ('Wait-SunoTask (defaults) spent {0} reads per task against round robin''s {1}, and wrote a task out a median {2} s after its finish (round robin {3} s); its worst 5 % waited {4} s or more. By batch (the profile below the table): the first 20 tasks, created together before any sibling had finished, came out a median {5} s / p95 {6} s after their finish, the 180 created later {7} s / {8} s' -f
        (Format-Number ($suno.Reads / $suno.Tasks) '0.0'), (Format-Number ($rr.Reads / $rr.Tasks) '0.0'), (Format-Number $suno.Median '0.0'), (Format-Number $rr.Median '0.0'), (Format-Number $suno.P95 '0.0'),
        (Format-Number (Get-Median $firstBatch) '0.0'), (Format-Number (Get-Percentile $firstBatch 95) '0.0'), (Format-Number (Get-Median $laterBatches) '0.0'), (Format-Number (Get-Percentile $laterBatches 95) '0.0'))
    ('{0}: {1}. A round robin at {2} reads/s reads each of the {3} tasks every {4} s (delays spread over 0–{4} s). Beating it by half at no more reads needs the reads where finishes are due: no task finished before {5} s (none can before 120 s after its creation, and the record says which stage each is in), so the round robin''s first {6} reads ({7} % of its {8}) could not see a finish; kept for the {5}–{9} s window, where finishes are due, they would read each waiting task far more often than every {4} s. ' -f
        $missed, $schedule, $budget, $Count, (Format-Number $cycle '0'), [math]::Floor($rr.FirstFinish), $idle, (Format-Number (100 * $idle / $rr.Reads) '0'), $rr.Reads,
        [math]::Ceiling($rr.LastFinish), (Format-Number ($Count / 2 / $budget) '0')) +
    ('How far that goes depends on how well a poller knows when the window opens (the replay below the profile: these tasks, offline, through ideal pollers at {0} reads/s that never read a task before a set time after its creation and then read the one unread longest; round robin replayed the same way: p95 {1} s). Trusting the documented 2 minutes to the second gives p95 {2}× round robin''s, with 5 s of margin {3}×, with 10 s {4}×, with the 20 s Wait-SunoTask allows before siblings have finished {5}× ({6} reads). Wait-SunoTask''s {7}× is that last ideal plus what its safety costs: it keeps every task on its own schedule (every 5 s, growing to 30 s) and lets a read give way only to one likelier to find a finish, never leaving a task unread beyond 60 s, and it times later tasks from their siblings'' finishes, which its reads place only to within a few seconds. Reaching 0.5× takes trusting the documented start to within about 10 s and reading no task before it, so a real task that finishes sooner than documented would wait unseen: we keep the margin and the gap.' -f
        $budget, (Format-Number $rrReplayedP95 '0.0'), (Format-Number $idealOf[120].Ratio '0.00'), (Format-Number $idealOf[115].Ratio '0.00'), (Format-Number $idealOf[110].Ratio '0.00'),
        (Format-Number $idealOf[100].Ratio '0.00'), $idealOf[100].Reads, (Format-Number $p95Ratio '0.00'))
}

[pscustomobject]@{
    Key      = 'Wait'
    Title    = 'Waiting for 200 generations (documented stage timings)'
    Rows     = @(
        New-BenchRow -Benchmark "Wait for $Count tasks whose stages follow the documented timings (text 8–12 s, first 30–40 s, complete 120–180 s, drawn per task), reads limited to $readLimit/s" `
            -ComparedWith ('round robin at {0} reads/s: delay median {1} s, p95 {2} s, {3} reads; the seed''s sequential loop: median {4} s, p95 {5} s, {6} reads, {7} throttle errors surfaced' -f
                $budget, (Format-Number $rr.Median '0.0'), (Format-Number $rr.P95 '0.0'), $rr.Reads, (Format-Number $seq.Median '0.0'), (Format-Number $seq.P95 '0.0'), $seq.Reads, $seq.Surfaced) `
            -Measured ('`Wait-SunoTask` (defaults): delay median {0} s, p95 {1} s = {2} round robin''s; {3} reads = {4} round robin''s; {5} throttle errors surfaced ({6} throttled reads, retried)' -f
                (Format-Number $suno.Median '0.0'), (Format-Number $suno.P95 '0.0'), (Format-Ratio $p95Ratio), $suno.Reads, (Format-Ratio ($suno.Reads / $rr.Reads)), $suno.Surfaced, $suno.Throttled) `
            -Target 'p95 delay ≤ 0.5× round robin''s at no more reads; 0 throttle errors surfaced' -Met $met -Why $why
    )
    Details  = @(
        "$Count tasks per way, created as the documented submission limit lets them through: 20 at 0 s, 20 more every 10 s (the last at 90 s), each reaching the poller's input as it is created, as with ``New-SunoMusic | Wait-SunoTask``. Each reaches SUCCESS 120–180 s after its creation, at a time drawn per task (the emulator's ``--complete-seconds 120 --complete-spread 60``; text and first stages spread the same way): here between $(Format-Number $suno.FirstFinish '0.0') s and $(Format-Number $suno.LastFinish '0.0') s."
        $(if ($MeanwhileNames.Count) { "While they waited, these benchmarks ran in processes and emulators of their own: $($MeanwhileNames -join ', ') (to keep the Bench task under 10 minutes). The pollers are light: together they used $(Format-Number (($runs | Measure-Object Cpu -Sum).Sum) '0.0') s of CPU over the $(Format-Number (($runs | Measure-Object LastOut -Maximum).Maximum) '0') s of the wait, and their delays are seconds, far above what a busy core adds to a read (milliseconds)." } else { 'Nothing else ran meanwhile.' })
        "Each way has its own emulator (read limit $readLimit/s) and its own pwsh; the three ran at the same time, their first batches created at the same moment. Delay is the time from a task's SUCCESS (the emulator's ``/_emulator/timeline``) to the moment the poller wrote it out."
        "The round-robin poller reads the unfinished tasks it has been given in turn at exactly $budget reads/s (Wait-SunoTask's default budget), one read per slot, never a burst; the sequential loop is the API sample's: it submits them all, then polls one task at a time with 5 s sleeps (it counts a throttle answer as an error its user sees, since the sample reads ``data.status`` of it)."
        'Real time (emulator clock 1×): the defaults are real seconds, and some of them are not parameters (the longest interval between reads, the retry delay, the calm after a throttle, the scheduler''s own timing), so a faster clock would measure other settings than users get.'
        ''
        ConvertTo-MarkdownTable @($table)
        ''
        'Profile: the delays by batch of 20, in the order the tasks were created.'
        ''
        ConvertTo-MarkdownTable @($batchTable)
        ''
        'Replay: the same tasks (as created and finished in the Wait-SunoTask way''s emulator), offline, through idealised pollers at the same budget (bench/Invoke-WaitReplay.ps1): what knowing when finishes can start is worth.'
        ''
        ConvertTo-MarkdownTable @($replayTable)
        ''
        $(if ($why) { "Why the target is missed: $why" } else { 'The target is met.' })
    )
    Commands = @(
        "# three emulators: --read-limit $readLimit $($timings -join ' '); each poller: POST /_emulator/tasks {""count"":20} every 10 s, $Count in all"
        '& { foreach ($batch in 0..9) { <at $batch × 10 s: seed 20 tasks, output their ids> } } | Wait-SunoTask   # as $rows | New-SunoMusic | Wait-SunoTask'
        '# round robin: $q = [Collections.Generic.Queue[string]]$ids; while ($q.Count) { <wait for the next 100 ms slot>; $id = $q.Dequeue(); $r = Invoke-RestMethod "$api/api/v1/generate/record-info?taskId=$id" -Headers $h; if ($r.data.status -ne ''SUCCESS'') { $q.Enqueue($id) } }'
        'foreach ($id in $ids) { while ($true) { $r = Invoke-RestMethod "$api/api/v1/generate/record-info?taskId=$id" -Headers $h; if ($r.data.status -eq ''SUCCESS'') { break }; Start-Sleep -Seconds 5 } }'
        '# the whole poller: bench/Invoke-WaitPoller.ps1 -Way WaitSunoTask|RoundRobin|Sequential'
    )
}
