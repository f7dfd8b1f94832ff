<#
.SYNOPSIS
    One poller of the wait benchmark, run in a pwsh of its own against an emulator of its own: seeds the tasks at an
    agreed moment, waits for all of them one way, and writes when each came out to a JSON file.
.DESCRIPTION
    Measure-TaskWait.ps1 starts three of these at once (one per way), each on its own emulator, so their clocks start
    together and no way's reads count against another's limit. Times are seconds after the seeding, which is also when
    the emulator's clock for these tasks starts (the emulator's timeline tells when each task finished on that clock).

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
    [double] $SampleSleepSeconds = 5
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

$seed = Invoke-RestMethod -Method Post -Uri "$($ApiUri)_emulator/tasks" -ContentType application/json -Body (@{ count = $Count } | ConvertTo-Json)
$clock = [Diagnostics.Stopwatch]::StartNew()
$ids = @($seed.taskIds)
$timeline = Invoke-RestMethod -Method Post -Uri "$($ApiUri)_emulator/timeline" -ContentType application/json -Body (@{ taskIds = $ids } | ConvertTo-Json)
$emulatedAtSeed = $timeline.emulatedSeconds - $clock.Elapsed.TotalSeconds * $speed   # the emulator's clock when $clock started
$cpu = [Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime

$out = @{}
$surfaced = 0
$throttleAnswers = 0
switch ($Way) {
    'WaitSunoTask' {
        $errors = @()
        $ids | Wait-SunoTask -ErrorVariable errors -ErrorAction SilentlyContinue | ForEach-Object { $out[$_.TaskId] = $clock.Elapsed.TotalSeconds }
        $surfaced = @($errors).Count
    }
    'Sequential' {
        foreach ($id in $ids) {
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
        $queue = [Collections.Generic.Queue[string]]::new([string[]]$ids)
        $spacing = 1.0 / $Budget
        $next = 0.0
        while ($queue.Count) {
            $sleep = $next - $clock.Elapsed.TotalSeconds
            if ($sleep -gt 0) { Start-Sleep -Milliseconds ([int][math]::Ceiling(1000 * $sleep)) }
            # Slots are fixed in time: a read that left late does not make the next one early.
            $next = [math]::Max($next + $spacing, $clock.Elapsed.TotalSeconds)
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
    Ids             = $ids
    CompleteAt      = @($timeline.tasks | ForEach-Object { ($_.completeAt - $emulatedAtSeed) / $speed })   # real seconds
    Out             = $out
    Surfaced        = $surfaced
    ThrottleAnswers = $throttleAnswers
    CpuSeconds      = ($me.TotalProcessorTime - $cpu).TotalSeconds
    PeakWorkingSet  = $me.PeakWorkingSet64
    Elapsed         = $clock.Elapsed.TotalSeconds
} | ConvertTo-Json -Depth 4 -Compress | Set-Content -Path $ResultPath -Encoding utf8NoBOM
