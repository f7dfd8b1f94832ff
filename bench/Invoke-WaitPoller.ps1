<#
.SYNOPSIS
    One poller of the wait benchmark, run in a pwsh of its own against an emulator of its own: seeds the tasks at an
    agreed moment, waits for all of them one way, and writes when each came out to a JSON file.
.DESCRIPTION
    Measure-TaskWait.ps1 starts three of these at once (one per way), each on its own emulator, so their clocks start
    together and no way's reads count against another's limit. The tasks are created as the documented submission limit
    lets them through (20 every 10 s: batch k at k × 10 s), as `$rows | New-SunoMusic | Wait-SunoTask` would get them.
    Times are seconds after the first batch; the emulator's timeline tells when each task finished on the same clock.

    Ways:
    - WaitSunoTask: `$ids | Wait-SunoTask` with its defaults.
    - Sequential: the API sample's loop, as the seed did it: one task at a time, read, sleep 5 s, read again until it is
      finished, then the next task.
    - RoundRobin: one queue of every unfinished task, read in turn at exactly the read budget (a read every 1/Budget s,
      never a burst); a finished task leaves the queue, any other answer (a throttle too) sends it to the back.
#>
param(
    [Parameter(Mandatory)] [ValidateSet('WaitSunoTask', 'Sequential', 'RoundRobin')] [string] $Way,
    [Parameter(Mandatory)] [string] $ApiUri,
    [Parameter(Mandatory)] [string] $Key,
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [int] $Count,
    [Parameter(Mandatory)] [long] $StartAtTicks,
    [Parameter(Mandatory)] [string] $ResultPath,
    [double] $Budget = 10,
    [double] $SampleSleepSeconds = 5,
    # The documented submission limit: 20 generations per 10 s, so 200 tasks exist only after 90 s.
    [int] $BatchSize = 20,
    [double] $BatchSeconds = 10
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
if ($Way -eq 'WaitSunoTask') {
    $env:SUNO_API_KEY = $Key; $env:SUNO_API_BASE_URI = $ApiUri
    Import-Module $Module
}
$headers = @{ Authorization = "Bearer $Key" }
$read = "$($ApiUri)api/v1/generate/record-info?taskId="
# Warm the HTTP stack (and the JIT) before the clock starts, as a script that has run before would be.
$speed = (Invoke-RestMethod -Uri "$($ApiUri)_emulator/clock").clockSpeed

$wait = [DateTime]::new($StartAtTicks, 'Utc') - [DateTime]::UtcNow
if ($wait -gt [TimeSpan]::Zero) { Start-Sleep -Milliseconds ([int]$wait.TotalMilliseconds) }

$clock = [Diagnostics.Stopwatch]::StartNew()
$emulatedAtStart = (Invoke-RestMethod -Uri "$($ApiUri)_emulator/clock").emulatedSeconds - $clock.Elapsed.TotalSeconds * $speed
$cpu = [Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime
$ids = [Collections.Generic.List[string]]::new()
$completeAt = @{}
$createdAt = @{}
$batches = [int][math]::Ceiling($Count / $BatchSize)
$nextBatch = 0

function Send-Batch {
    # The next batch of tasks, created when the documented submission limit would let them through: batch k at k × BatchSeconds.
    $size = [math]::Min($BatchSize, $Count - $script:nextBatch * $BatchSize)
    $due = $script:nextBatch * $BatchSeconds - $clock.Elapsed.TotalSeconds
    if ($due -gt 0) { Start-Sleep -Milliseconds ([int][math]::Ceiling(1000 * $due)) }
    $new = @((Invoke-RestMethod -Method Post -Uri "$($ApiUri)_emulator/tasks" -ContentType application/json -Body (@{ count = $size } | ConvertTo-Json)).taskIds)
    $times = Invoke-RestMethod -Method Post -Uri "$($ApiUri)_emulator/timeline" -ContentType application/json -Body (@{ taskIds = $new } | ConvertTo-Json)
    $created = $clock.Elapsed.TotalSeconds
    foreach ($t in $times.tasks) {
        $completeAt[$t.taskId] = ($t.completeAt - $emulatedAtStart) / $speed   # real seconds on $clock
        $createdAt[$t.taskId] = $created
    }
    $ids.AddRange([string[]]$new)
    $script:nextBatch++
    $new
}
function Test-BatchDue { $script:nextBatch -lt $batches -and $clock.Elapsed.TotalSeconds -ge $script:nextBatch * $BatchSeconds }

$out = @{}
$surfaced = 0
$throttleAnswers = 0
switch ($Way) {
    'WaitSunoTask' {
        # As `$rows | New-SunoMusic | Wait-SunoTask` runs: ids arrive in the wait's pipeline as they are submitted.
        $errors = @()
        & { while ($script:nextBatch -lt $batches) { Send-Batch } } |
            Wait-SunoTask -ErrorVariable errors -ErrorAction SilentlyContinue | ForEach-Object { $out[$_.TaskId] = $clock.Elapsed.TotalSeconds }
        $surfaced = @($errors).Count
    }
    'Sequential' {
        # The sample submits everything, then polls one task after another.
        while ($nextBatch -lt $batches) { $null = Send-Batch }
        foreach ($id in @($ids)) {
            while ($true) {
                $answer = Invoke-RestMethod -Uri ($read + $id) -Headers $headers
                if ($answer.code -eq 200 -and $answer.data.status -eq 'SUCCESS') { $out[$id] = $clock.Elapsed.TotalSeconds; break }
                if ($answer.code -eq 200 -and $answer.data.status -match 'FAILED|ERROR|EXCEPTION') { break }
                # The sample reads `data.status` of a throttle answer as null: its user sees that; here it sleeps and reads again.
                if ($answer.code -ne 200) { $throttleAnswers++ }
                Start-Sleep -Milliseconds ([int](1000 * $SampleSleepSeconds))
            }
        }
        $surfaced = $throttleAnswers
    }
    'RoundRobin' {
        $queue = [Collections.Generic.Queue[string]]::new()
        foreach ($id in (Send-Batch)) { $queue.Enqueue($id) }
        $spacing = 1.0 / $Budget
        $next = 0.0
        while ($queue.Count -or $nextBatch -lt $batches) {
            if (Test-BatchDue) { foreach ($id in (Send-Batch)) { $queue.Enqueue($id) } }
            $sleep = $next - $clock.Elapsed.TotalSeconds
            if ($sleep -gt 0) { Start-Sleep -Milliseconds ([int][math]::Ceiling(1000 * $sleep)) }
            # Slots are fixed in time: a read that left late does not make the next one early.
            $next = [math]::Max($next + $spacing, $clock.Elapsed.TotalSeconds)
            if (-not $queue.Count) { continue }
            $id = $queue.Dequeue()
            $answer = Invoke-RestMethod -Uri ($read + $id) -Headers $headers
            if ($answer.code -eq 200 -and $answer.data.status -eq 'SUCCESS') { $out[$id] = $clock.Elapsed.TotalSeconds; continue }
            if ($answer.code -eq 200 -and $answer.data.status -match 'FAILED|ERROR|EXCEPTION') { continue }
            if ($answer.code -ne 200) { $throttleAnswers++ }
            $queue.Enqueue($id)
        }
    }
}

$me = [Diagnostics.Process]::GetCurrentProcess()
[pscustomobject]@{
    Way             = $Way
    Ids             = @($ids)
    CompleteAt      = @($ids | ForEach-Object { $completeAt[$_] })   # real seconds on the same clock as Out
    CreatedAt       = @($ids | ForEach-Object { $createdAt[$_] })    # when the batch's creation was answered, same clock
    Out             = $out
    Surfaced        = $surfaced
    ThrottleAnswers = $throttleAnswers
    CpuSeconds      = ($me.TotalProcessorTime - $cpu).TotalSeconds
    PeakWorkingSet  = $me.PeakWorkingSet64
    Elapsed         = $clock.Elapsed.TotalSeconds
} | ConvertTo-Json -Depth 4 -Compress | Set-Content -Path $ResultPath -Encoding utf8NoBOM
