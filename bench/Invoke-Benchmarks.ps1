<#
.SYNOPSIS
    Runs the SunoPS benchmarks against the bundled emulator on loopback and writes bench/RESULTS.md.
.DESCRIPTION
    Started by `build.ps1 -Task Bench` (after a build) in a fresh pwsh. Every comparison is measured side by side in
    this one run, A/B alternated, and reported as medians and ratios. Benchmarks report; they never fail the build:
    a benchmark that breaks is reported as such and the others still run.
.PARAMETER Only
    Run just these benchmarks (Import, FirstCommand, Read, Wait, Submit, Save, FamilySave, LargeFile, Upload, Scale),
    e.g. while optimising.
.PARAMETER ResultsPath
    Where to write the Markdown report (bench/RESULTS.md).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Root,
    [string[]] $Only,
    [string] $ResultsPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
$Root = (Resolve-Path $Root).Path
if (-not $ResultsPath) { $ResultsPath = Join-Path $Root 'bench/RESULTS.md' }
Import-Module (Join-Path $PSScriptRoot 'BenchTools.psm1') -Force
Import-Module (Join-Path $Root 'tests/Support/SunoTestEmulator.psm1') -Force

$work = Join-Path $Root 'bench/work'
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $work | Out-Null
$started = [Diagnostics.Stopwatch]::StartNew()
$startedAt = [DateTime]::UtcNow

$suites = [ordered]@{
    Import       = 'Measure-Import.ps1'
    FirstCommand = 'Measure-FirstCommand.ps1'
    Read         = 'Measure-TaskRead.ps1'
    Wait         = 'Measure-TaskWait.ps1'
    Submit       = 'Measure-Submission.ps1'
    Save         = 'Measure-TrackSave.ps1'
    FamilySave   = 'Measure-FamilySave.ps1'
    LargeFile    = 'Measure-LargeFileSave.ps1'
    Upload       = 'Measure-Upload.ps1'
    Scale        = 'Measure-Scale.ps1'
}
# -File passes "Read,Wait" as one string.
$Only = @($Only | ForEach-Object { $_ -split ',' } | ForEach-Object Trim | Where-Object { $_ })
foreach ($name in $Only) { if (-not $suites.Contains($name)) { throw "Unknown benchmark '$name'; known: $($suites.Keys -join ', ')." } }
$results = [Collections.Generic.List[object]]::new()
# The wait benchmark spends about three and a half minutes in real time with three light pollers; these benchmarks,
# which make their measurements in processes and emulators of their own, run meanwhile (see Measure-TaskWait.ps1),
# so the Bench task stays under 10 minutes. The save benchmark of 200 tracks and the start-up timings run alone.
$duringWait = 'Submit', 'FamilySave', 'LargeFile', 'Upload', 'Scale'

$benchWork = $work
function Invoke-Suite([string] $Key, [hashtable] $Extra = @{}) {
    Write-BenchNote "$Key ..."
    $clock = [Diagnostics.Stopwatch]::StartNew()
    try {
        $result = & (Join-Path $PSScriptRoot $suites[$Key]) -Root $Root -Work (Join-Path $benchWork $Key) @Extra
        $result | Add-Member -NotePropertyName Seconds -NotePropertyValue $clock.Elapsed.TotalSeconds
        $results.Add($result)
        foreach ($row in $result.Rows) { Write-BenchNote ("  {0}: {1} (target {2}: {3})" -f $row.Benchmark, $row.Measured, $row.Target, $(if ($row.Met) { 'met' } elseif ($null -eq $row.Met) { 'n/a' } else { 'NOT met' })) }
    }
    catch {
        Write-BenchNote "  $Key failed: $_"
        $results.Add([pscustomobject]@{
            Key = $Key; Title = $Key; Seconds = $clock.Elapsed.TotalSeconds
            Rows = @(New-BenchRow -Benchmark $Key -ComparedWith '—' -Measured "the benchmark failed: $_" -Target '—' -Met $false)
            Details = @('The benchmark failed:', '', '```', ($_ | Out-String).Trim(), $_.ScriptStackTrace, '```'); Commands = @()
        })
    }
    Write-BenchNote ("  ({0:0} s)" -f $clock.Elapsed.TotalSeconds)
}

$wanted = @($suites.Keys | Where-Object { -not $Only.Count -or $_ -in $Only })
foreach ($key in $wanted) {
    if ($key -in $duringWait -and 'Wait' -in $wanted) { continue }
    if ($key -eq 'Wait') {
        # The block runs inside Measure-TaskWait.ps1 and finds these by dynamic scope: hence names it does not use.
        $benchAlongside = @($duringWait | Where-Object { $_ -in $wanted })
        Invoke-Suite 'Wait' @{ Meanwhile = { foreach ($benchKey in $benchAlongside) { Invoke-Suite $benchKey } }; MeanwhileNames = $benchAlongside }
        continue
    }
    Invoke-Suite $key
}

& (Join-Path $PSScriptRoot 'Write-Results.ps1') -Root $Root -Results $results -Path $ResultsPath `
    -StartedAt $startedAt -Elapsed $started.Elapsed -Partial:($Only.Count -gt 0)
Write-BenchNote "Results: $ResultsPath ($([int]$started.Elapsed.TotalSeconds) s)"
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
