<#
.SYNOPSIS
    Submitting 60 generations under the documented limit of 20 per 10 s: a pipeline into New-SunoMusic against a
    plain loop of Invoke-RestMethod POSTs. (100 until issue 13; 60 still spans three windows and keeps the Bench task
    under 10 minutes.)
.DESCRIPTION
    The emulator enforces the limit as the API documents it (code 430 above 20 submissions in any 10 s). Each way
    starts from a reset emulator (empty rate-limit history). Throughput is measured as the limit would allow it:
    the first 20 may go at once, every further 20 need another 10 s, so 60 submissions need at least 20 s;
    efficiency = that minimum / the time from the first to the last accepted submission.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Count = 60)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$limit = 20
$window = 10.0
$ideal = ([math]::Ceiling($Count / $limit) - 1) * $window

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll') -Arguments '--generate-limit', "$limit"
try {
    Set-SunoApiKey -ApiKey $emulator.Key -BaseUri $emulator.ApiUri
    $rows = 1..$Count | ForEach-Object { [pscustomobject]@{ Prompt = "Benchmark song number $_"; Model = 'V5' } }

    # Plain loop: what a script without pacing does.
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path reset
    $headers = @{ Authorization = "Bearer $($emulator.Key)" }
    $uri = "$($emulator.ApiUri)api/v1/generate"
    $loop = Measure-Work {
        foreach ($row in $rows) {
            $body = @{ prompt = $row.Prompt; customMode = $false; instrumental = $false; model = 'V5'; callBackUrl = 'https://example.com/callback' } | ConvertTo-Json
            Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -ContentType 'application/json' -Body $body
        }
    }
    $loopAccepted = @($loop.Output | Where-Object { $_.code -eq 200 }).Count
    $loopRejected = @($loop.Output | Where-Object { $_.code -ne 200 }).Count
    $loopStats = Invoke-SunoEmulatorControl -Emulator $emulator -Path stats -Method Get

    # SunoPS: the CSV-style batch through the pipeline.
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path reset
    $times = [Collections.Generic.List[double]]::new()
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $errors = @()
    $rows | New-SunoMusic -ErrorVariable errors -ErrorAction SilentlyContinue | ForEach-Object { $times.Add($clock.Elapsed.TotalSeconds) }
    $elapsed = $clock.Elapsed.TotalSeconds
    $stats = Invoke-SunoEmulatorControl -Emulator $emulator -Path stats -Method Get
}
finally {
    Stop-SunoTestEmulator $emulator
}

$span = if ($times.Count) { $times[$times.Count - 1] } else { [double]::NaN }
$efficiency = $ideal / $span
$accepted = $times.Count
$met = ($errors.Count -eq 0) -and ($accepted -eq $Count) -and ($efficiency -ge 0.9)

$table = @(
    [pscustomobject]@{
        'Way' = '`$rows | New-SunoMusic`'; 'Accepted' = $accepted; 'Rejected by the server' = $stats.generateRejected
        'Errors surfaced to the user' = @($errors).Count; 'Time (s)' = Format-Number $elapsed '0.0'
        'Last accepted at (s)' = Format-Number $span '0.0'; 'Share of the limit used' = '{0} %' -f (Format-Number (100 * $efficiency) '0')
    }
    [pscustomobject]@{
        'Way' = 'plain `foreach` of `Invoke-RestMethod -Method Post`'; 'Accepted' = $loopAccepted; 'Rejected by the server' = $loopStats.generateRejected
        'Errors surfaced to the user' = $loopRejected; 'Time (s)' = Format-Number ($loop.WallMs / 1000) '0.0'
        'Last accepted at (s)' = '—'; 'Share of the limit used' = '— (rejected {0} of {1})' -f $loopRejected, $Count
    }
)

[pscustomobject]@{
    Key      = 'Submit'
    Title    = 'Submitting generations'
    Rows     = @(
        New-BenchRow -Benchmark "Submit $Count generations under the documented 20 per 10 s limit" `
            -ComparedWith ('a plain loop: {0} of {1} rejected (code 430), each one an error its user sees' -f $loopRejected, $Count) `
            -Measured ('{0} accepted, {1} rejected, {2} errors surfaced; last accepted at {3} s = {4} % of the limit''s throughput' -f
                $accepted, $stats.generateRejected, @($errors).Count, (Format-Number $span '0.0'), (Format-Number (100 * $efficiency) '0')) `
            -Target '0 rejected requests surfaced, throughput ≥ 90 % of the limit' -Met $met `
            -Why 'see the table.'
    )
    Details  = @(
        "The fastest the limit allows: $limit at once, then $limit more every $window s, so $Count submissions need at least $ideal s from the first to the last."
        'New-SunoMusic paces submissions in the client (a sliding window counted from each answer, with a 50 ms margin), so'
        'the server never sees more than 20 in any 10 s and nothing is rejected.'
        ''
        ConvertTo-MarkdownTable $table
    )
    Commands = @(
        "# emulator: --generate-limit $limit (per 10 s, as documented)"
        "`$rows = 1..$Count | ForEach-Object { [pscustomobject]@{ Prompt = ""Benchmark song number `$_""; Model = 'V5' } }"
        '$rows | New-SunoMusic'
        'foreach ($row in $rows) { Invoke-RestMethod -Method Post -Uri "$api/api/v1/generate" -Headers $h -ContentType application/json -Body (@{ prompt = $row.Prompt; customMode = $false; instrumental = $false; model = ''V5''; callBackUrl = ''https://example.com/callback'' } | ConvertTo-Json) }'
    )
}
