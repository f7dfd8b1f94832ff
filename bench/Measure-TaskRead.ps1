<#
.SYNOPSIS
    Reading task records: `$ids | Get-SunoTask` against a foreach of Invoke-RestMethod calls with the same header,
    at 10, 100 and 1,000 tasks.
.DESCRIPTION
    One emulator without a read limit (this measures the client, not the server's limit), 1,000 finished tasks
    seeded. Both ways are warmed up first, then alternated repetition by repetition in this process; wall time and
    this process's CPU time (all threads) are taken around each. Every repetition checks it got every record.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll')
$sizes = @{ 10 = 9; 100 = 5; 1000 = 3 }   # size = repetitions
$order = 10, 100, 1000
try {
    $all = @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 1000; status = 'SUCCESS' }).taskIds)
    Set-SunoApiKey -ApiKey $emulator.Key -BaseUri $emulator.ApiUri
    $headers = @{ Authorization = "Bearer $($emulator.Key)" }
    $base = "$($emulator.ApiUri)api/v1/generate/record-info?taskId="

    $ways = [ordered]@{
        'Get-SunoTask'                  = { param($ids) @($ids | Get-SunoTask) }
        'Get-SunoTask -ThrottleLimit 1' = { param($ids) @($ids | Get-SunoTask -ThrottleLimit 1) }
        'foreach Invoke-RestMethod'     = { param($ids) @(foreach ($id in $ids) { Invoke-RestMethod -Uri ($base + $id) -Headers $headers }) }
    }
    foreach ($way in $ways.Values) { $null = & $way $all[0..199] }   # warm-up: JIT (tier-up too), connections

    $samples = [Collections.Generic.List[object]]::new()
    foreach ($size in $order) {
        $ids = $all[0..($size - 1)]
        foreach ($rep in 1..$sizes[$size]) {
            foreach ($name in $ways.Keys) {
                $way = $ways[$name]
                $m = Measure-Work { & $way $ids }
                $count = @($m.Output).Count
                if ($count -ne $size) { throw "$name returned $count records for $size ids." }
                $samples.Add([pscustomobject]@{ Size = $size; Way = $name; WallMs = $m.WallMs; CpuMs = $m.CpuMs })
            }
        }
    }
    $stats = Invoke-SunoEmulatorControl -Emulator $emulator -Path stats -Method Get
}
finally {
    Stop-SunoTestEmulator $emulator
}

$table = foreach ($size in $order) {
    $of = { param($way) @($samples | Where-Object { $_.Size -eq $size -and $_.Way -eq $way }) }
    $suno = & $of 'Get-SunoTask'; $one = & $of 'Get-SunoTask -ThrottleLimit 1'; $irm = & $of 'foreach Invoke-RestMethod'
    $sunoWall = Get-Median @($suno.WallMs); $oneWall = Get-Median @($one.WallMs); $irmWall = Get-Median @($irm.WallMs)
    [pscustomobject]@{
        Size = $size; Reps = $sizes[$size]
        SunoWall = $sunoWall; OneWall = $oneWall; IrmWall = $irmWall
        SunoCpu = (Get-Median @($suno.CpuMs)) / $size; OneCpu = (Get-Median @($one.CpuMs)) / $size; IrmCpu = (Get-Median @($irm.CpuMs)) / $size
        Ratio = $irmWall / $sunoWall
    }
}
$big = $table | Where-Object Size -eq 1000
$rendered = foreach ($line in $table) {
    [pscustomobject]@{
        'Tasks'                                  = $line.Size
        'Repetitions'                            = $line.Reps
        '`Get-SunoTask` (ms)'                    = Format-Number $line.SunoWall '0'
        '`-ThrottleLimit 1` (ms)'                = Format-Number $line.OneWall '0'
        '`Invoke-RestMethod` loop (ms)'          = Format-Number $line.IrmWall '0'
        'Speed-up'                               = Format-Ratio $line.Ratio
        'Records/s (Get-SunoTask)'               = Format-Number (1000 * $line.Size / $line.SunoWall) '0'
        'CPU ms/record: Get-SunoTask, -ThrottleLimit 1, loop' = '{0} / {1} / {2}' -f (Format-Number $line.SunoCpu '0.00'), (Format-Number $line.OneCpu '0.00'), (Format-Number $line.IrmCpu '0.00')
    }
}

[pscustomobject]@{
    Key      = 'Read'
    Title    = 'Reading task records'
    Rows     = @(
        New-BenchRow -Benchmark 'Read 1,000 task records (`$ids | Get-SunoTask`)' `
            -ComparedWith ('a `foreach` of `Invoke-RestMethod` with the same header: {0} ms, {1} CPU ms/record' -f (Format-Number $big.IrmWall '0'), (Format-Number $big.IrmCpu '0.00')) `
            -Measured ('{0} ms, {1} faster; {2} CPU ms/record' -f (Format-Number $big.SunoWall '0'), (Format-Ratio $big.Ratio), (Format-Number $big.SunoCpu '0.00')) `
            -Target '≥ 3× faster, CPU per record reported' -Met ($big.Ratio -ge 3) `
            -Why 'see the table: the ratio depends on the load of the machine.'
    )
    Details  = @(
        'Medians of the repetitions; A/B alternated within each repetition. CPU is this process''s processor time (every'
        'thread) divided by the records read; the emulator runs in another process and is not counted. `-ThrottleLimit 1`'
        'shows the cost of the cmdlet with no reads in parallel (the default is 8).'
        ''
        ConvertTo-MarkdownTable @($rendered)
        ''
        ('The emulator answered {0} record reads in all; it throttled none (no read limit in this benchmark).' -f $stats.requestsByPath.'/api/v1/generate/record-info')
    )
    Commands = @(
        '$ids | Get-SunoTask'
        '$ids | Get-SunoTask -ThrottleLimit 1'
        '$headers = @{ Authorization = "Bearer $key" }'
        'foreach ($id in $ids) { Invoke-RestMethod -Uri "$api/api/v1/generate/record-info?taskId=$id" -Headers $headers }'
    )
}
