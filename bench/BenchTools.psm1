# Measuring helpers shared by the benchmarks: timing, statistics, child processes, machine facts, Markdown.
# Benchmarks report; nothing here ever fails a build.
Set-StrictMode -Version 3

function Get-Median {
    param([double[]] $Values)
    if (-not $Values -or $Values.Count -eq 0) { return [double]::NaN }
    $sorted = [double[]]($Values | Sort-Object)
    $mid = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { return $sorted[$mid] }
    return ($sorted[$mid - 1] + $sorted[$mid]) / 2
}

function Get-Percentile {
    <# Nearest-rank percentile (P in 0..100). #>
    param([double[]] $Values, [double] $P)
    if (-not $Values -or $Values.Count -eq 0) { return [double]::NaN }
    $sorted = [double[]]($Values | Sort-Object)
    $rank = [math]::Max(1, [math]::Ceiling($P / 100 * $sorted.Count))
    return $sorted[[int]$rank - 1]
}

function Measure-Work {
    <#
    .SYNOPSIS
        Runs a script block once; returns its wall time and this process's CPU time (all threads) in ms, and its output.
    #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock)
    $process = [Diagnostics.Process]::GetCurrentProcess()
    [GC]::Collect(); [GC]::WaitForPendingFinalizers()
    $process.Refresh()
    $cpu = $process.TotalProcessorTime
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $output = & $ScriptBlock
    $wall = $clock.Elapsed.TotalMilliseconds
    $process.Refresh()
    [pscustomobject]@{
        WallMs = $wall
        CpuMs  = ($process.TotalProcessorTime - $cpu).TotalMilliseconds
        Output = $output
    }
}

function Get-BenchPwsh {
    <# How to start another pwsh like this one: `dotnet pwsh.dll` under the .NET tool, else pwsh itself. #>
    $process = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return @($process)
}

function Invoke-BenchChild {
    <#
    .SYNOPSIS
        Runs `pwsh -NoProfile -NonInteractive -Command <Command>` in a fresh process and times it from start to exit.
    .OUTPUTS
        WallMs, ExitCode, Output (stdout lines), Error (stderr text).
    #>
    param(
        [Parameter(Mandatory)] [string] $Command,
        [hashtable] $Environment = @{},
        [string] $WorkingDirectory = (Get-Location).Path
    )
    $pwsh = @(Get-BenchPwsh)
    $info = [Diagnostics.ProcessStartInfo]::new($pwsh[0])
    foreach ($a in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $Command)) {
        $info.ArgumentList.Add($a)
    }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $info.WorkingDirectory = $WorkingDirectory
    foreach ($name in $Environment.Keys) { $info.Environment[$name] = [string]$Environment[$name] }

    $clock = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    $process.WaitForExit()
    $wall = $clock.Elapsed.TotalMilliseconds
    [pscustomobject]@{
        WallMs   = $wall
        ExitCode = $process.ExitCode
        Output   = @($stdout.Result -split "`r?`n" | Where-Object { $_ -ne '' })
        Error    = $stderr.Result
    }
    $process.Dispose()
}

function Start-BenchScript {
    <#
    .SYNOPSIS
        Starts `pwsh -NoProfile -NonInteractive -File <Script> <Arguments>` without waiting; returns the process, whose
        output is collected (read it with Complete-BenchScript). For runs that must overlap in time.
    #>
    param([Parameter(Mandatory)] [string] $Script, [string[]] $Arguments = @(), [hashtable] $Environment = @{})
    $pwsh = @(Get-BenchPwsh)
    $info = [Diagnostics.ProcessStartInfo]::new($pwsh[0])
    foreach ($a in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $Script) + $Arguments) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    foreach ($name in $Environment.Keys) { $info.Environment[$name] = [string]$Environment[$name] }
    $process = [Diagnostics.Process]::Start($info)
    [pscustomobject]@{ Process = $process; Stdout = $process.StandardOutput.ReadToEndAsync(); Stderr = $process.StandardError.ReadToEndAsync() }
}

function Complete-BenchScript {
    <# Waits for a Start-BenchScript process; returns ExitCode, Output (stdout lines) and Error (stderr text). #>
    param([Parameter(Mandatory)] $Started, [int] $TimeoutSeconds = 900)
    if (-not $Started.Process.WaitForExit($TimeoutSeconds * 1000)) { $Started.Process.Kill($true); throw "A child pwsh ran over $TimeoutSeconds s." }
    $Started.Process.WaitForExit()
    [pscustomobject]@{
        ExitCode = $Started.Process.ExitCode
        Output   = @($Started.Stdout.Result -split "`r?`n" | Where-Object { $_ -ne '' })
        Error    = $Started.Stderr.Result
    }
    $Started.Process.Dispose()
}

function Read-ChildValues {
    <# Child scripts print `name=value` lines; this turns them into a hashtable of doubles (or strings). #>
    param([string[]] $Lines)
    $values = @{}
    foreach ($line in $Lines) {
        if ($line -match '^(?<name>[A-Za-z][\w.]*)=(?<value>.*)$') {
            $number = 0.0
            $values[$Matches.name] = if ([double]::TryParse($Matches.value, [Globalization.NumberStyles]::Float,
                    [Globalization.CultureInfo]::InvariantCulture, [ref]$number)) { $number } else { $Matches.value }
        }
    }
    $values
}

function Get-JitProfile {
    <#
    .SYNOPSIS
        Runs Setup then Measured in a fresh pwsh with the JIT's method list on (DOTNET_JitDisasmSummary), and counts the
        methods compiled during Measured by whose code they are: SunoPS, PowerShell, PowerShell's telemetry, .NET.
        Not timed (the listing slows the JIT down); it says where the JIT time of a timed run goes.
    #>
    param([string] $Setup = '', [Parameter(Mandatory)] [string] $Measured, [Parameter(Mandatory)] [string] $Work, [hashtable] $Environment = @{})
    New-Item -ItemType Directory -Force $Work | Out-Null
    $log = Join-Path $Work 'jit.txt'
    $marks = Join-Path $Work 'jit-marks.txt'
    Remove-Item $log, $marks -ErrorAction SilentlyContinue
    $probe = "$Setup; [IO.File]::WriteAllText('$marks', [IO.File]::ReadAllLines('$log').Count); $Measured; " +
        "[IO.File]::AppendAllText('$marks', ' ' + [IO.File]::ReadAllLines('$log').Count)"
    $env = @{ DOTNET_JitStdOutFile = $log; DOTNET_JitDisasmSummary = '1' } + $Environment
    $run = Invoke-BenchChild -Command $probe -Environment $env
    if ($run.ExitCode -ne 0 -or -not (Test-Path $marks)) { return $null }
    $from, $to = [int[]]((Get-Content -Raw $marks).Trim() -split ' ')
    $methods = @(Get-Content $log | Select-Object -Skip $from -First ($to - $from) |
        ForEach-Object { if ($_ -match 'JIT compiled (?<name>[^:(\[ ]+)') { $Matches.name } })
    $owner = { param($name) switch -Regex ($name) {
            '^SunoPS' { 'SunoPS'; break }
            '^(System\.Management\.Automation|Microsoft\.PowerShell)' { 'PowerShell'; break }
            '^Microsoft\.ApplicationInsights' { 'PowerShell telemetry (ApplicationInsights)'; break }
            default { '.NET and other' } } }
    $groups = @($methods | Group-Object { & $owner $_ } | Sort-Object Count -Descending |
        ForEach-Object { [pscustomobject]@{ Owner = $_.Name; Methods = $_.Count } })
    [pscustomobject]@{
        Total  = $methods.Count
        SunoPS = [int](($groups | Where-Object Owner -eq 'SunoPS').Methods | Measure-Object -Sum).Sum
        Groups = $groups
    }
}

function Get-MachineFacts {
    <# Cores, memory, OS, CPU model, .NET and PowerShell versions, the module version, curl. #>
    param([string] $ModuleManifest)
    $memory = 'unknown'
    if (Test-Path /proc/meminfo) {
        $line = Get-Content /proc/meminfo | Where-Object { $_ -like 'MemTotal:*' } | Select-Object -First 1
        if ($line -match '(\d+)\s*kB') { $memory = '{0:0.0} GiB' -f ([double]$Matches[1] / 1MB) }
    }
    $cpu = 'unknown'
    if (Test-Path /proc/cpuinfo) {
        $line = Get-Content /proc/cpuinfo | Where-Object { $_ -like 'model name*' } | Select-Object -First 1
        if ($line) { $cpu = ($line -split ':', 2)[1].Trim() }
    }
    $curl = try { ((& curl --version 2>$null) | Select-Object -First 1) -replace '\s*\(.*?\)', '' -replace '\s+lib.*$', '' } catch { 'not found' }
    [ordered]@{
        'Cores'        = [Environment]::ProcessorCount
        'CPU'          = $cpu
        'Memory'       = $memory
        'OS'           = [Runtime.InteropServices.RuntimeInformation]::OSDescription
        '.NET'         = [Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
        'PowerShell'   = $PSVersionTable.PSVersion.ToString()
        'SunoPS'       = (Import-PowerShellDataFile $ModuleManifest).ModuleVersion
        'curl'         = $curl
    }
}

function Format-Number {
    param([double] $Value, [string] $Format = '0.##')
    if ([double]::IsNaN($Value)) { return 'n/a' }
    $Value.ToString($Format, [Globalization.CultureInfo]::InvariantCulture)
}

function Format-Ratio {
    param([double] $Value)
    if ([double]::IsNaN($Value) -or [double]::IsInfinity($Value)) { return 'n/a' }
    (Format-Number $Value '0.0#') + '×'
}

function ConvertTo-MarkdownTable {
    <# Objects to a Markdown table; columns in property order. #>
    param([Parameter(Mandatory)] [object[]] $InputObject)
    $columns = @($InputObject[0].PSObject.Properties.Name)
    $escape = { param($v) ([string]$v) -replace '\|', '\|' -replace "`r?`n", ' ' }
    '| ' + ($columns -join ' | ') + ' |'
    '|' + (($columns | ForEach-Object { ' --- ' }) -join '|') + '|'
    foreach ($row in $InputObject) {
        '| ' + (($columns | ForEach-Object { & $escape $row.$_ }) -join ' | ') + ' |'
    }
}

function New-BenchRow {
    <# One line of the summary table. Met is $true, $false or $null (not applicable); Why says in a sentence why a target is missed. #>
    param(
        [string] $Benchmark,
        [string] $ComparedWith,
        [string] $Measured,
        [string] $Target,
        $Met,
        [string] $Why
    )
    [pscustomobject]@{
        Benchmark    = $Benchmark
        ComparedWith = $ComparedWith
        Measured     = $Measured
        Target       = $Target
        Met          = $Met
        Why          = $Why
    }
}

function Write-BenchNote {
    <# Progress of the run, to the console (not part of the results). #>
    param([string] $Message)
    $stamp = [DateTime]::Now.ToString('HH:mm:ss', [Globalization.CultureInfo]::InvariantCulture)
    [Console]::WriteLine("[$stamp] $Message")
}

Export-ModuleMember -Function Get-Median, Get-Percentile, Measure-Work, Get-BenchPwsh, Invoke-BenchChild, Start-BenchScript, Complete-BenchScript, Read-ChildValues, Get-JitProfile,
    Get-MachineFacts, Format-Number, Format-Ratio, ConvertTo-MarkdownTable, New-BenchRow, Write-BenchNote
