<#
.SYNOPSIS
    Saving one 200 MiB track: the peak working set of the pwsh that runs Save-SunoTrack (streaming, not buffering).
.DESCRIPTION
    A fresh pwsh imports SunoPS, reads the task, saves its first track with Save-SunoTrack -LiteralPath (verified and
    tagged, as users run it) and prints its own peak working set (VmHWM on Linux). The same child saving a 1-second
    track gives the baseline of pwsh + SunoPS, so the difference is what the 200 MiB file costs.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work)

$ErrorActionPreference = 'Stop'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$bigSeconds = 13107.2   # 200 MiB at 128 kbit/s
New-Item -ItemType Directory -Force $Work | Out-Null

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll')
try {
    $big = (Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 1; status = 'SUCCESS'; trackSeconds = $bigSeconds }).taskIds[0]
    $small = (Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 1; status = 'SUCCESS'; trackSeconds = 1 }).taskIds[0]
    $environment = @{ SUNO_API_KEY = $emulator.Key; SUNO_API_BASE_URI = $emulator.ApiUri.ToString() }

    function Invoke-SaveProbe([string] $TaskId, [string] $File) {
        $probe = @"
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$manifest'
`$task = Get-SunoTask -TaskId '$TaskId'
`$c = [Diagnostics.Stopwatch]::StartNew()
`$saved = Save-SunoTrack -InputObject `$task.Tracks[0] -LiteralPath '$File'
'seconds=' + `$c.Elapsed.TotalSeconds
'bytes=' + `$saved.Length
`$me = [Diagnostics.Process]::GetCurrentProcess()
'peakWorkingSet=' + `$me.PeakWorkingSet64
"@
        $run = Invoke-BenchChild -Command $probe -Environment $environment
        $values = Read-ChildValues $run.Output
        Remove-Item -Force $File -ErrorAction SilentlyContinue
        if ($run.ExitCode -ne 0 -or -not $values.ContainsKey('peakWorkingSet')) { throw "The save probe failed: $($run.Error) $($run.Output)" }
        [pscustomobject]@{ Seconds = $values['seconds']; Bytes = $values['bytes']; Peak = $values['peakWorkingSet'] / 1MB; Probe = $probe }
    }

    $baseline = Invoke-SaveProbe $small (Join-Path $Work 'small.mp3')
    $large = Invoke-SaveProbe $big (Join-Path $Work 'large.mp3')
}
finally {
    Stop-SunoTestEmulator $emulator
}

$table = @(
    [pscustomobject]@{ 'Saved' = '1-second track (baseline: pwsh + SunoPS)'; 'Bytes' = $baseline.Bytes; 'Time (s)' = Format-Number $baseline.Seconds '0.00'; 'Peak working set (MiB)' = Format-Number $baseline.Peak '0' }
    [pscustomobject]@{ 'Saved' = '200 MiB track'; 'Bytes' = $large.Bytes; 'Time (s)' = Format-Number $large.Seconds '0.00'; 'Peak working set (MiB)' = Format-Number $large.Peak '0' }
)

[pscustomobject]@{
    Key      = 'LargeFile'
    Title    = 'Saving one 200 MiB file'
    Rows     = @(
        New-BenchRow -Benchmark 'Save one 200 MiB file' -ComparedWith ('the same pwsh saving a 1-second track: {0} MiB' -f (Format-Number $baseline.Peak '0')) `
            -Measured ('peak working set {0} MiB ({1} MiB more than the baseline); {2} MiB/s' -f (Format-Number $large.Peak '0'),
                (Format-Number ($large.Peak - $baseline.Peak) '0'), (Format-Number (($large.Bytes / 1MB) / $large.Seconds) '0')) `
            -Target 'peak working set ≤ 150 MB (streaming)' -Met (($large.Peak * 1MB) -le 150e6) `
            -Why 'see the table: most of the peak is pwsh itself.'
    )
    Details  = @(
        'Peak working set is the child process''s high-water mark of resident memory (`Process.PeakWorkingSet64`, VmHWM on Linux),'
        'read by the child itself at the end. It includes pwsh itself, which is most of it.'
        ''
        ConvertTo-MarkdownTable $table
    )
    Commands = @($large.Probe -replace [regex]::Escape($manifest), 'out/SunoPS/SunoPS.psd1' -replace [regex]::Escape($Work), 'bench/work' -replace "'[0-9a-f]{32}'", "'<task id>'")
}
