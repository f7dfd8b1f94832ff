<#
.SYNOPSIS
    Writes bench/RESULTS.md: the machine, the versions, the summary table of every target, then each benchmark's
    detail and the exact commands.
#>
param(
    [Parameter(Mandatory)] [string] $Root,
    [Parameter(Mandatory)] [object[]] $Results,
    [Parameter(Mandatory)] [string] $Path,
    [DateTime] $StartedAt,
    [TimeSpan] $Elapsed,
    [switch] $Partial
)

$facts = Get-MachineFacts -ModuleManifest (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$commit = try { (& git -C $Root rev-parse --short HEAD 2>$null) } catch { $null }
$buildStarted = try { (Get-Process -Id $PID).Parent.StartTime.ToUniversalTime() } catch { $null }

$lines = [Collections.Generic.List[string]]::new()
$lines.Add('# SunoPS benchmarks')
$lines.Add('')
$lines.Add('Written by `dotnet pwsh ./build.ps1 -Task Bench` (`bench/Invoke-Benchmarks.ps1`). Every comparison runs side by side in')
$lines.Add('the same run against the bundled emulator on loopback (`out/emulator`), A/B alternated where it repeats; figures are')
$lines.Add('medians. Benchmarks report and never fail the build; no test asserts a time.')
if ($Partial) {
    $lines.Add('')
    $lines.Add('**Partial run** (`-Only`): only some benchmarks ran.')
}
$lines.Add('')
$lines.Add('## Summary')
$lines.Add('')
$summary = foreach ($result in $Results) {
    foreach ($row in $result.Rows) {
        [pscustomobject]@{
            'Benchmark'     = $row.Benchmark
            'Compared with' = $row.ComparedWith
            'Measured'      = $row.Measured
            'Target'        = $row.Target
            'Met'           = if ($null -eq $row.Met) { '—' } elseif ($row.Met) { 'yes' } else { '**no**' }
        }
    }
}
foreach ($line in (ConvertTo-MarkdownTable @($summary))) { $lines.Add($line) }
$lines.Add('')
$missed = @(foreach ($result in $Results) { foreach ($row in $result.Rows) { if ($row.Met -eq $false) { [pscustomobject]@{ Row = $row; Title = $result.Title } } } })
if ($missed.Count) {
    $lines.Add('Targets not met, in one sentence each (the section of each benchmark below has the numbers):')
    $lines.Add('')
    foreach ($m in $missed) {
        $why = if ($m.Row.Why) { $m.Row.Why } else { 'see below.' }
        $lines.Add("- **$($m.Row.Benchmark)**: $why")
    }
    $lines.Add('')
}

$lines.Add('## Machine and versions')
$lines.Add('')
$machine = foreach ($name in $facts.Keys) { [pscustomobject]@{ 'What' = $name; 'Value' = $facts[$name] } }
$machine = @($machine) + @(
    [pscustomobject]@{ 'What' = 'Commit'; 'Value' = $(if ($commit) { $commit } else { 'unknown' }) }
    [pscustomobject]@{ 'What' = 'Run at (UTC)'; 'Value' = $StartedAt.ToString('yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture) }
    [pscustomobject]@{ 'What' = 'Benchmarks took'; 'Value' = ('{0:0} s' -f $Elapsed.TotalSeconds) }
)
if ($buildStarted) {
    $machine += [pscustomobject]@{ 'What' = 'Bench task, build included'; 'Value' = ('{0:0} s' -f ([DateTime]::UtcNow - $buildStarted).TotalSeconds) }
}
foreach ($line in (ConvertTo-MarkdownTable @($machine))) { $lines.Add($line) }
$lines.Add('')

foreach ($result in $Results) {
    $lines.Add("## $($result.Title)")
    $lines.Add('')
    foreach ($line in $result.Details) { $lines.Add([string]$line) }
    if ($result.Commands -and @($result.Commands).Count -gt 0) {
        $lines.Add('')
        $lines.Add('Commands:')
        $lines.Add('')
        $lines.Add('```powershell')
        foreach ($line in $result.Commands) { $lines.Add([string]$line) }
        $lines.Add('```')
    }
    $lines.Add('')
    $lines.Add(('_This benchmark took {0:0} s._' -f $result.Seconds))
    $lines.Add('')
}

$lines.Add('## Reproduce')
$lines.Add('')
$lines.Add('```')
$lines.Add('dotnet tool restore; dotnet pwsh ./build.ps1 -Task Bench')
$lines.Add('# one benchmark, after a build:')
$lines.Add('dotnet pwsh -NoProfile -File bench/Invoke-Benchmarks.ps1 -Root . -Only Read -ResultsPath ./read.md')
$lines.Add('```')

Set-Content -Path $Path -Value $lines -Encoding utf8NoBOM
