<#
.SYNOPSIS
    The first Get-SunoTask after Import-Module (cold: nothing of the client has run yet) against a second call.
.DESCRIPTION
    Each sample is a fresh pwsh that imports SunoPS, takes its key and base URI from the environment (as a runbook
    does, so Get-SunoTask really is the first SunoPS command), then times two Get-SunoTask calls for the same
    finished task. The records are assigned, not formatted: formatting is the host's cost, not the module's.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Samples = 5)

$ErrorActionPreference = 'Stop'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll')
try {
    $id = (Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 1; status = 'SUCCESS' }).taskIds[0]
    $probe = @"
Import-Module '$manifest'
`$c = [Diagnostics.Stopwatch]::StartNew(); `$t = Get-SunoTask -TaskId '$id'; 'firstMs=' + `$c.Elapsed.TotalMilliseconds
`$c = [Diagnostics.Stopwatch]::StartNew(); `$t = Get-SunoTask -TaskId '$id'; 'secondMs=' + `$c.Elapsed.TotalMilliseconds
'status=' + `$t.Status
"@
    # For scale, not a target: the first Invoke-RestMethod in a fresh pwsh, which pays the same HTTP stack start-up.
    $irmProbe = @"
`$c = [Diagnostics.Stopwatch]::StartNew(); `$r = Invoke-RestMethod -Uri '$($emulator.ApiUri)api/v1/generate/record-info?taskId=$id' -Headers @{ Authorization = 'Bearer $($emulator.Key)' }; 'firstMs=' + `$c.Elapsed.TotalMilliseconds
'status=' + `$r.data.status
"@
    $environment = @{ SUNO_API_KEY = $emulator.Key; SUNO_API_BASE_URI = $emulator.ApiUri.ToString() }
    $runs = foreach ($i in 0..$Samples) {
        $run = Invoke-BenchChild -Command $probe -Environment $environment
        $values = Read-ChildValues $run.Output
        if ($run.ExitCode -ne 0 -or $values['status'] -ne 'SUCCESS') { throw "The first-command probe failed: $($run.Error) $($run.Output)" }
        $irm = Read-ChildValues (Invoke-BenchChild -Command $irmProbe).Output
        if ($irm['status'] -ne 'SUCCESS') { throw 'The Invoke-RestMethod probe failed.' }
        if ($i -gt 0) { [pscustomobject]@{ FirstMs = $values['firstMs']; SecondMs = $values['secondMs']; IrmMs = $irm['firstMs'] } }
    }
    $jitProfile = try {
        Get-JitProfile -Setup "Import-Module '$manifest'" -Measured "`$t = Get-SunoTask -TaskId '$id'" -Work (Join-Path $Work 'jit') -Environment $environment
    } catch { $null }
}
finally {
    Stop-SunoTestEmulator $emulator
}

$first = Get-Median @($runs.FirstMs)
$second = Get-Median @($runs.SecondMs)
$irmFirst = Get-Median @($runs.IrmMs)
[pscustomobject]@{
    Key      = 'FirstCommand'
    Title    = 'First command after import'
    Rows     = @(
        New-BenchRow -Benchmark 'First command after import (`Get-SunoTask` on the emulator)' `
            -ComparedWith ('a second call: {0} ms' -f (Format-Number $second '0.0')) `
            -Measured ('{0} ms cold (a first `Invoke-RestMethod`: {1} ms)' -f (Format-Number $first '0'), (Format-Number $irmFirst '0')) -Target '≤ 150 ms cold' -Met ($first -le 150) `
            -Why 'the cold call is mostly compiling on the spot (PowerShell''s parameter binder and our client: this pwsh has no ReadyToRun code) plus .NET''s HTTP stack starting, on 2 cores shared with PowerShell''s own start-up work and the emulator; the samples show how much the load moves it.'
    )
    Details  = @(
        "$Samples fresh processes (after one unmeasured warm-up process); in each, the first and then a second"
        '`Get-SunoTask` for the same finished task.'
        ''
        ConvertTo-MarkdownTable @(
            [pscustomobject]@{ 'Call' = 'First (cold)'; 'Median (ms)' = Format-Number $first '0.0'; 'Samples (ms)' = (@($runs.FirstMs) | ForEach-Object { Format-Number $_ '0' }) -join ', ' }
            [pscustomobject]@{ 'Call' = 'Second'; 'Median (ms)' = Format-Number $second '0.0'; 'Samples (ms)' = (@($runs.SecondMs) | ForEach-Object { Format-Number $_ '0.0' }) -join ', ' }
            [pscustomobject]@{ 'Call' = 'For scale: the first `Invoke-RestMethod` of the same record in a fresh pwsh'; 'Median (ms)' = Format-Number $irmFirst '0.0'; 'Samples (ms)' = (@($runs.IrmMs) | ForEach-Object { Format-Number $_ '0' }) -join ', ' }
        )
        ''
        'The cold call pays for the first use of the HTTP stack and JSON reader (.NET, precompiled) and of PowerShell''s parameter binder'
        'and our client (compiled on the spot: this pwsh, the .NET tool, ships without ReadyToRun code).'
        $(if ($jitProfile) {
            ''
            ('Whose code the JIT compiled during the first call ({0} methods, listed with `DOTNET_JitDisasmSummary=1` in one more, untimed process;' -f $jitProfile.Total)
            'PowerShell''s own start-up work, such as its telemetry, runs on other threads at the same time and is counted too):'
            ''
            ConvertTo-MarkdownTable @($jitProfile.Groups | ForEach-Object { [pscustomobject]@{ 'Code' = $_.Owner; 'Methods compiled' = $_.Methods } })
        })
    )
    Commands = @(
        '$env:SUNO_API_KEY = ''emulator-key''; $env:SUNO_API_BASE_URI = ''http://127.0.0.1:<port>/''   # in the child''s environment'
        $probe -replace [regex]::Escape($manifest), 'out/SunoPS/SunoPS.psd1'
    )
}
