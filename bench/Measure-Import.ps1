<#
.SYNOPSIS
    Import-Module SunoPS in a fresh pwsh, against a bare pwsh start and other modules' imports.
.DESCRIPTION
    Every variant runs in its own new process, alternated round by round (one unmeasured warm-up round first, so
    every file is in the disk cache). Two numbers per variant: the whole process (start to exit) and the
    Import-Module call alone, timed inside the child.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 5)

$ErrorActionPreference = 'Stop'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$scriptModule = & (Join-Path $PSScriptRoot 'New-ScriptModuleFixture.ps1') -Destination $Work `
    -FormatFile (Join-Path $Root 'out/SunoPS/SunoPS.format.ps1xml')
$modules = Join-Path $PSHOME 'Modules'

function Get-ImportProbe([string] $Path) {
    # Also how much the JIT compiled during the import: this pwsh (the .NET tool) ships without ReadyToRun code.
    "`$j = [Runtime.JitInfo]::GetCompilationTime(`$false); `$n = [Runtime.JitInfo]::GetCompiledMethodCount(`$false); " +
    "`$c = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$Path'; 'importMs=' + `$c.Elapsed.TotalMilliseconds; " +
    "'jitMs=' + ([Runtime.JitInfo]::GetCompilationTime(`$false) - `$j).TotalMilliseconds; 'jitMethods=' + ([Runtime.JitInfo]::GetCompiledMethodCount(`$false) - `$n)"
}

# SunoPS taken apart, to show which part of its import costs what: its assembly alone (no manifest, no format
# file), and its manifest without the format file.
$withoutFormats = Join-Path $Work 'SunoPS-without-formats'
Remove-Item -LiteralPath $withoutFormats -Recurse -Force -ErrorAction Ignore
Copy-Item -LiteralPath (Join-Path $Root 'out/SunoPS') -Destination $withoutFormats -Recurse
$strippedManifest = Join-Path $withoutFormats 'SunoPS.psd1'
(Get-Content -LiteralPath $strippedManifest | Where-Object { $_ -notmatch '^\s*FormatsToProcess\s*=' }) | Set-Content -LiteralPath $strippedManifest

# Bare and SunoPS run every round; the other modules, there for scale, every other round. Each module runs twice a
# round: a plain `Import-Module` for the process time (what a user's script pays) and the probe for the import's own
# time and JIT (the probe's timers and counters cost the process something of their own, so it is not timed whole).
$variants = @(
    [pscustomobject]@{ Name = 'bare pwsh'; Label = '`pwsh -NoProfile -c 1`'; Path = $null; Every = 1 }
    [pscustomobject]@{ Name = 'SunoPS'; Label = 'SunoPS (binary, this module)'; Path = $manifest; Every = 1 }
    [pscustomobject]@{ Name = 'SunoPS.dll'; Label = 'SunoPS.dll alone (no manifest, no format file)'; Path = (Join-Path $Root 'out/SunoPS/SunoPS.dll'); Every = 2 }
    [pscustomobject]@{ Name = 'SunoPS no format'; Label = 'SunoPS''s manifest without its format file'; Path = $strippedManifest; Every = 2 }
    [pscustomobject]@{ Name = 'ThreadJob'; Label = 'Microsoft.PowerShell.ThreadJob (tiny binary module, 1 cmdlet)'
        Path = (Join-Path $modules 'Microsoft.PowerShell.ThreadJob/Microsoft.PowerShell.ThreadJob.psd1'); Every = 2 }
    [pscustomobject]@{ Name = 'PSResourceGet'; Label = 'Microsoft.PowerShell.PSResourceGet (binary HTTP module, 18 cmdlets + format file)'
        Path = (Join-Path $modules 'Microsoft.PowerShell.PSResourceGet/Microsoft.PowerShell.PSResourceGet.psd1'); Every = 2 }
    [pscustomobject]@{ Name = 'ScriptSuno'; Label = 'Generated script module with the same surface (8 functions + 24 helpers, dot-sourced, same format file)'
        Path = $scriptModule; Every = 2 }
    [pscustomobject]@{ Name = 'PowerShellGet'; Label = 'PowerShellGet 2 (script module, 1.3 MB .psm1 + PackageManagement)'
        Path = (Join-Path $modules 'PowerShellGet/PowerShellGet.psd1'); Every = 3 }
)

$samples = @{}
foreach ($v in $variants) { $samples[$v.Name] = [Collections.Generic.List[object]]::new() }
$paired = [Collections.Generic.List[double]]::new()   # SunoPS minus bare pwsh, same round
foreach ($round in 0..$Rounds) {
    $bareWall = $null
    foreach ($v in $variants) {
        if ($round -gt 0 -and ($round % $v.Every) -ne 0) { continue }
        $plain = Invoke-BenchChild -Command $(if ($v.Path) { "Import-Module '$($v.Path)'" } else { '1' })
        if ($plain.ExitCode -ne 0) { throw "Import of '$($v.Name)' failed: $($plain.Error)" }
        $values = @{}
        if ($v.Path) {
            $probe = Invoke-BenchChild -Command (Get-ImportProbe $v.Path)
            if ($probe.ExitCode -ne 0) { throw "Import probe '$($v.Name)' failed: $($probe.Error)" }
            $values = Read-ChildValues $probe.Output
        }
        if ($round -gt 0) {
            $samples[$v.Name].Add([pscustomobject]@{ WallMs = $plain.WallMs; ImportMs = $values['importMs']; JitMs = $values['jitMs']; JitMethods = $values['jitMethods'] })
            if ($v.Name -eq 'bare pwsh') { $bareWall = $plain.WallMs }
            if ($v.Name -eq 'SunoPS') { $paired.Add($plain.WallMs - $bareWall) }
        }
    }
}

# One more child, not timed, lists every method the JIT compiles during the import, to say whose code it is.
$jitProfile = try { Get-JitProfile -Measured "Import-Module '$manifest'" -Work (Join-Path $Work 'jit') } catch { $null }

function Get-ProcessJitCount([string] $Command) {
    # Methods the JIT compiles in a whole process (start to exit), on every thread; not timed.
    $log = Join-Path $Work 'jit-process.txt'
    Remove-Item -LiteralPath $log -ErrorAction Ignore
    $run = Invoke-BenchChild -Command $Command -Environment @{ DOTNET_JitStdOutFile = $log; DOTNET_JitDisasmSummary = '1' }
    if ($run.ExitCode -ne 0 -or -not (Test-Path $log)) { return $null }
    @(Get-Content -LiteralPath $log | Where-Object { $_ -match 'JIT compiled' }).Count
}
# Why a process grows by less than Import-Module takes inside it: much of what the import compiles, a bare pwsh
# compiles too (on its start-up threads or on the way out), so in a bare start that work is not saved but moved.
$bareProcessJit = Get-ProcessJitCount '1'
$sunoProcessJit = Get-ProcessJitCount "Import-Module '$manifest'"

$bare = Get-Median @($samples['bare pwsh'].WallMs)
$table = foreach ($v in $variants) {
    $wall = Get-Median @($samples[$v.Name].WallMs)
    $import = if ($v.Name -eq 'bare pwsh') { [double]::NaN } else { Get-Median @($samples[$v.Name].ImportMs) }
    [pscustomobject]@{
        'Process' = $v.Label
        'Process start to exit, median (ms)' = Format-Number $wall '0'
        'Added to a bare start (ms)' = if ($v.Name -eq 'bare pwsh') { '—' } else { Format-Number ($wall - $bare) '0' }
        'Import-Module alone, median (ms)' = Format-Number $import '0'
        'JIT during the import: ms (methods)' = if ($v.Name -eq 'bare pwsh') { '—' } else { '{0} ({1})' -f (Format-Number (Get-Median @($samples[$v.Name].JitMs)) '0'), (Format-Number (Get-Median @($samples[$v.Name].JitMethods)) '0') }
        'All samples, start to exit (ms)' = (@($samples[$v.Name].WallMs) | ForEach-Object { Format-Number $_ '0' }) -join ', '
    }
}

$sunoWall = Get-Median @($samples['SunoPS'].WallMs)
$sunoImport = Get-Median @($samples['SunoPS'].ImportMs)
$added = Get-Median @($paired)
$sunoJit = Get-Median @($samples['SunoPS'].JitMs)
$scriptImport = Get-Median @($samples['ScriptSuno'].ImportMs)
$threadJobImport = Get-Median @($samples['ThreadJob'].ImportMs)

$dllImport = Get-Median @($samples['SunoPS.dll'].ImportMs)
$noFormatImport = Get-Median @($samples['SunoPS no format'].ImportMs)

$whereTimeGoes = @'
Where the time goes: Import-Module here is mostly the JIT. This pwsh is the PowerShell .NET tool, whose own assemblies
(System.Management.Automation) carry no ReadyToRun code, so the first Import-Module in a process compiles PowerShell's
module loader (manifest, assembly load, cmdlet discovery, format data) on the spot: {0} ms of JIT ({1} methods) during
SunoPS's {2} ms import. The smallest binary module that ships with PowerShell (ThreadJob: one cmdlet, no format file) pays
as much: {3} ms. Taken apart, SunoPS.dll alone (its assemblies and 8 cmdlets, no manifest) imports in {4} ms, its manifest
without the format file in {5} ms, and the whole module in {2} ms: the manifest and the format file of 3 views are
PowerShell's own work for any published module, and SunoPS's ModuleInitializer only hooks AssemblyResolve on .NET
Framework (its types file was dropped for this). A bare start has none of that compiled yet, and an installed pwsh, whose assemblies are
precompiled, should pay much less (not measured: only the .NET tool is available offline).
'@ -f (Format-Number $sunoJit '0'), (Format-Number (Get-Median @($samples['SunoPS'].JitMethods)) '0'), (Format-Number $sunoImport '0'),
    (Format-Number $threadJobImport '0'), (Format-Number $dllImport '0'), (Format-Number $noFormatImport '0')
if ($bareProcessJit -and $sunoProcessJit) {
    $whereTimeGoes += (' The process grows by less than the import takes inside it ({0} ms added against {1} ms): a whole bare process' +
        ' compiles {2} methods and one that imports SunoPS {3}, only {4} more, although {5} are compiled during the import: the rest a' +
        ' bare pwsh compiles too, on its start-up threads or on its way out.') -f (Format-Number $added '0'), (Format-Number $sunoImport '0'),
        $bareProcessJit, $sunoProcessJit, ($sunoProcessJit - $bareProcessJit), (Format-Number (Get-Median @($samples['SunoPS'].JitMethods)) '0')
}

[pscustomobject]@{
    Key      = 'Import'
    Title    = 'Import-Module SunoPS in a fresh pwsh'
    Rows     = @(
        New-BenchRow -Benchmark '`Import-Module SunoPS` in a fresh pwsh' `
            -ComparedWith ('bare `pwsh -NoProfile -c 1` ({0} ms); a script module of the same surface imports in {1} ms, PSResourceGet in {2} ms' -f
                (Format-Number $bare '0'), (Format-Number $scriptImport '0'), (Format-Number (Get-Median @($samples['PSResourceGet'].ImportMs)) '0')) `
            -Measured ('{0} ms added to the process ({1} ms for Import-Module itself, of which the JIT {2} ms)' -f (Format-Number $added '0'), (Format-Number $sunoImport '0'), (Format-Number $sunoJit '0')) `
            -Target '≤ 100 ms added' -Met ($added -le 100) `
            -Why ('Import-Module is JIT-bound in this pwsh (the .NET tool has no ReadyToRun code): {0} ms of the {1} ms import is the JIT compiling PowerShell''s module loader, the smallest binary module that ships with PowerShell takes as long ({2} ms), and SunoPS.dll imported bare, without manifest or format file, still takes {4} ms; {3}' -f
                (Format-Number $sunoJit '0'), (Format-Number $sunoImport '0'), (Format-Number $threadJobImport '0'),
                $(if ($jitProfile) { 'of the {0} methods compiled, {1} are SunoPS''s.' -f $jitProfile.Total, $jitProfile.SunoPS } else { 'SunoPS does next to nothing itself at import.' }),
                (Format-Number $dllImport '0'))
    )
    Details  = @(
        "Bare pwsh and SunoPS ran $Rounds times each, the other variants every second or third round, alternated round by round after"
        'one unmeasured warm-up round. Each module ran twice a round: `pwsh -c "Import-Module <path>"` for the process time, and the probe'
        'below for the import''s own time and JIT (the probe''s timers and counters cost a process something of their own, so its process'
        'is not the one timed). "Added" is the median over rounds of (SunoPS − bare pwsh) in the same round.'
        '"JIT" is `[Runtime.JitInfo]::GetCompilationTime()` over the Import-Module call (all threads, so it can exceed the wall time).'
        'PSOpenAI (the module the issue names, > 1 s) is not available offline here; the generated script module and'
        'the modules that ship with PowerShell stand in for it.'
        ''
        ConvertTo-MarkdownTable $table
        ''
        ($whereTimeGoes -replace "`r?`n", ' ')
        $(if ($jitProfile) {
            ''
            ('Whose code the JIT compiled during `Import-Module SunoPS` ({0} methods, listed with `DOTNET_JitDisasmSummary=1` in one more, untimed process):' -f $jitProfile.Total)
            ''
            ConvertTo-MarkdownTable @($jitProfile.Groups | ForEach-Object { [pscustomobject]@{ 'Code' = $_.Owner; 'Methods compiled' = $_.Methods } })
        })
    )
    Commands = @(
        "pwsh -NoProfile -NonInteractive -Command 1"
        "pwsh -NoProfile -NonInteractive -Command `"Import-Module 'out/SunoPS/SunoPS.psd1'`""
        "pwsh -NoProfile -NonInteractive -Command `"$(Get-ImportProbe 'out/SunoPS/SunoPS.psd1')`""
        '(the same probe for each other module, by the path of its manifest)'
    )
}
