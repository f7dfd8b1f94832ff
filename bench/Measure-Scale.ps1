<#
.SYNOPSIS
    How cost grows with the number of tasks: reading, waiting for and saving 10, 100 and 1,000 tasks, each in a fresh
    pwsh, with its time, the requests it made and its peak working set.
.DESCRIPTION
    One fresh pwsh per operation and size, so each peak working set (VmHWM) is that operation's alone; a pwsh that
    imports SunoPS and reads one task gives the baseline. Time is taken inside the child around the command only.
    - Read: `$ids | Get-SunoTask` of finished tasks, no read limit (the client's own cost).
    - Wait: `$ids | Wait-SunoTask` for tasks with the documented stage timings (complete at 120–180 s, drawn per task)
      on an emulator clock running 60× (complete at 2–3 s real), its read limit of 20/s scaled with it (1,200/s real),
      and the wait's interval and budget scaled the same way (-PollIntervalSec 0.083 -MaxRequestsPerSecond 600).
      At the true pace 1,000 tasks would take minutes that say nothing more about cost.
    - Save: `$tasks | Save-SunoTrack` of finished tasks with two 8-second tracks each (about 128 KiB per MP3), with its
      defaults, on loopback.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int[]] $Sizes = @(10, 100, 1000))

$ErrorActionPreference = 'Stop'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$dll = Join-Path $Root 'out/emulator/SunoPS.Emulator.dll'
$speed = 60
$trackSeconds = 8
New-Item -ItemType Directory -Force $Work | Out-Null

function Invoke-ScaleProbe([string] $Body, [hashtable] $Environment) {
    $probe = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$manifest'
$Body
`$me = [Diagnostics.Process]::GetCurrentProcess()
'peakWorkingSet=' + `$me.PeakWorkingSet64
"@
    $run = Invoke-BenchChild -Command $probe -Environment $Environment
    $values = Read-ChildValues $run.Output
    if ($run.ExitCode -ne 0 -or -not $values.ContainsKey('seconds')) { throw "A scale probe failed: $($run.Error) $($run.Output)" }
    $values
}

function Get-Requests($Emulator, [string] $Origin) {
    $stats = Invoke-SunoEmulatorControl -Emulator $Emulator -Path stats -Method Get
    if ($Origin -eq 'files') { return [double]$stats.filesRequests }
    $reads = $stats.requestsByPath.PSObject.Properties['/api/v1/generate/record-info']
    if ($reads) { [double]$reads.Value } else { 0.0 }
}

$plain = Start-SunoTestEmulator -EmulatorPath $dll
$timed = Start-SunoTestEmulator -EmulatorPath $dll -Arguments '--speed', "$speed", '--read-limit', "$(20 * $speed)",
    '--text-seconds', '8', '--text-spread', '4', '--first-seconds', '30', '--first-spread', '10', '--complete-seconds', '120', '--complete-spread', '60'
$lines = [Collections.Generic.List[object]]::new()
try {
    $envPlain = @{ SUNO_API_KEY = $plain.Key; SUNO_API_BASE_URI = $plain.ApiUri.ToString() }
    $envTimed = @{ SUNO_API_KEY = $timed.Key; SUNO_API_BASE_URI = $timed.ApiUri.ToString() }
    $one = (Invoke-SunoEmulatorControl -Emulator $plain -Path tasks -Body @{ count = 1; status = 'SUCCESS' }).taskIds[0]
    $baseline = Invoke-ScaleProbe "`$c = [Diagnostics.Stopwatch]::StartNew(); `$null = Get-SunoTask -TaskId '$one'; 'seconds=' + `$c.Elapsed.TotalSeconds" $envPlain

    foreach ($size in $Sizes) {
        Write-BenchNote "  scale: $size tasks"
        $idsFile = Join-Path $Work "ids-$size.txt"
        Set-Content $idsFile -Value @((Invoke-SunoEmulatorControl -Emulator $plain -Path tasks -Body @{ count = $size; status = 'SUCCESS'; trackSeconds = $trackSeconds }).taskIds)

        $before = Get-Requests $plain 'api'
        $read = Invoke-ScaleProbe @"
`$ids = Get-Content '$idsFile'
`$null = Get-SunoTask -TaskId `$ids[0]
`$c = [Diagnostics.Stopwatch]::StartNew(); `$got = @(`$ids | Get-SunoTask); 'seconds=' + `$c.Elapsed.TotalSeconds
'count=' + `$got.Count
"@ $envPlain
        $readRequests = (Get-Requests $plain 'api') - $before - 1

        $before = Get-Requests $timed 'api'
        $wait = Invoke-ScaleProbe @"
`$ids = @((Invoke-RestMethod -Method Post -Uri '$($timed.ApiUri)_emulator/tasks' -ContentType application/json -Body '{"count":$size}').taskIds)
`$c = [Diagnostics.Stopwatch]::StartNew(); `$got = @(`$ids | Wait-SunoTask -PollIntervalSec $(5 / $speed) -MaxRequestsPerSecond $(10 * $speed)); 'seconds=' + `$c.Elapsed.TotalSeconds
'count=' + `$got.Count
"@ $envTimed
        $waitRequests = (Get-Requests $timed 'api') - $before

        $folder = Join-Path $Work "save-$size"
        $before = Get-Requests $plain 'files'
        $save = Invoke-ScaleProbe @"
`$null = Get-SunoTask -TaskId (Get-Content '$idsFile' -TotalCount 1)
`$tasks = @(Get-Content '$idsFile' | Get-SunoTask)
`$c = [Diagnostics.Stopwatch]::StartNew(); `$got = @(`$tasks | Save-SunoTrack -Path '$folder'); 'seconds=' + `$c.Elapsed.TotalSeconds
'count=' + `$got.Count
"@ $envPlain
        $saveRequests = (Get-Requests $plain 'files') - $before
        $saved = @(Get-ChildItem $folder -File).Count
        Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue

        foreach ($check in @(@('read', $read, $size), @('wait', $wait, $size), @('save', $save, (2 * $size)))) {
            if ($check[1]['count'] -ne $check[2]) { throw "Scale $($check[0]) of $size returned $($check[1]['count']), not $($check[2])." }
        }
        if ($saved -ne 2 * $size) { throw "Scale save of $size tasks left $saved files, not $(2 * $size)." }
        $lines.Add([pscustomobject]@{
            Size = $size
            ReadSeconds = $read['seconds']; ReadRequests = $readRequests; ReadPeak = $read['peakWorkingSet'] / 1MB
            WaitSeconds = $wait['seconds']; WaitRequests = $waitRequests; WaitPeak = $wait['peakWorkingSet'] / 1MB
            SaveSeconds = $save['seconds']; SaveRequests = $saveRequests; SavePeak = $save['peakWorkingSet'] / 1MB
        })
    }
}
finally {
    Stop-SunoTestEmulator $plain
    Stop-SunoTestEmulator $timed
}

$basePeak = $baseline['peakWorkingSet'] / 1MB
$table = foreach ($l in $lines) {
    [pscustomobject]@{
        'Tasks'                                  = $l.Size
        'Read: time (s) / record reads / peak (MiB)' = '{0} / {1} / {2}' -f (Format-Number $l.ReadSeconds '0.00'), $l.ReadRequests, (Format-Number $l.ReadPeak '0')
        'Wait: time (s) / record reads / peak (MiB)' = '{0} / {1} ({2} per task) / {3}' -f (Format-Number $l.WaitSeconds '0.0'), $l.WaitRequests, (Format-Number ($l.WaitRequests / $l.Size) '0.0'), (Format-Number $l.WaitPeak '0')
        'Save: time (s) / file requests / peak (MiB)' = '{0} / {1} / {2}' -f (Format-Number $l.SaveSeconds '0.00'), $l.SaveRequests, (Format-Number $l.SavePeak '0')
        'Peak above the baseline (MiB): read, wait, save' = '{0}, {1}, {2}' -f (Format-Number ($l.ReadPeak - $basePeak) '0'), (Format-Number ($l.WaitPeak - $basePeak) '0'), (Format-Number ($l.SavePeak - $basePeak) '0')
    }
}
$small = $lines | Where-Object Size -eq ($Sizes | Measure-Object -Minimum).Minimum
$big = $lines | Where-Object Size -eq ($Sizes | Measure-Object -Maximum).Maximum
$growth = ('from {0} to {1} tasks: read {2} → {3} s, wait {4} → {5} s ({6} → {7} reads per task), save {8} → {9} s; peak working set read {10} → {11} MiB, wait {12} → {13} MiB, save {14} → {15} MiB (baseline {16} MiB)' -f
    $small.Size, $big.Size, (Format-Number $small.ReadSeconds '0.00'), (Format-Number $big.ReadSeconds '0.00'),
    (Format-Number $small.WaitSeconds '0.0'), (Format-Number $big.WaitSeconds '0.0'), (Format-Number ($small.WaitRequests / $small.Size) '0.0'), (Format-Number ($big.WaitRequests / $big.Size) '0.0'),
    (Format-Number $small.SaveSeconds '0.00'), (Format-Number $big.SaveSeconds '0.00'),
    (Format-Number $small.ReadPeak '0'), (Format-Number $big.ReadPeak '0'), (Format-Number $small.WaitPeak '0'), (Format-Number $big.WaitPeak '0'),
    (Format-Number $small.SavePeak '0'), (Format-Number $big.SavePeak '0'), (Format-Number $basePeak '0'))

[pscustomobject]@{
    Key      = 'Scale'
    Title    = 'How cost grows (10, 100, 1,000 tasks)'
    Rows     = @(
        New-BenchRow -Benchmark 'How cost grows: read, wait and save at 10, 100, 1,000 tasks' -ComparedWith '—' -Measured $growth `
            -Target 'a line per size with time, reads and peak memory (see the section)' -Met $null
    )
    Details  = @(
        'A fresh pwsh per operation and size; time is measured inside it around the command alone; peak working set is that pwsh''s VmHWM'
        "(it includes pwsh and SunoPS: a pwsh that imports SunoPS and reads one task peaks at $(Format-Number $basePeak '0') MiB). Reads are the emulator's record-info count;"
        "the save's requests are the file host's (audio and covers). Read and save run on loopback without a read limit; the wait's emulator runs its clock at $speed×"
        "with the documented stage timings (complete at 120–180 s emulated, 2–3 s real) and its read limit of 20/s scaled with it, and Wait-SunoTask gets its default"
        "interval and budget scaled the same way. Each saved task has two $trackSeconds-second MP3s (about 128 KiB each)."
        ''
        ConvertTo-MarkdownTable @($table)
    )
    Commands = @(
        '$ids | Get-SunoTask'
        "`$ids | Wait-SunoTask -PollIntervalSec $(5 / $speed) -MaxRequestsPerSecond $(10 * $speed)   # emulator --speed $speed --read-limit $(20 * $speed), documented stage timings"
        '$tasks | Save-SunoTrack -Path ./tracks'
        '[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64   # in the same fresh pwsh, at its end'
    )
}
