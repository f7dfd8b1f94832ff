<#
.SYNOPSIS
    Uploading with Send-SunoFile against `curl -F` to the emulator's upload host: one 200 MiB file, and 100 small files
    (1 MiB MP3s); with the peak working set.
.DESCRIPTION
    curl posts `multipart/form-data` to `/api/file-stream-upload` with the documented fields (`file`, `uploadPath`,
    `fileName`; suno-api.md §4.24) and the bearer key. For the 100 files it runs once per way: one curl process with a
    transfer per file (`--next`), one after another, and the same with `--parallel`. Send-SunoFile runs with its
    defaults in a fresh pwsh (time taken inside it around the command; its peak working set is that pwsh's VmHWM);
    it picks the endpoint itself (base64 JSON below 10 MB, as the upload host advises; the multipart stream above) and
    how many go at once, and is timed after one untimed upload of a small file (a fresh pwsh's first command compiles
    the upload path; the first-command benchmark measures that cost). For the small files curl also posts the same
    base64 JSON bodies to `/api/file-base64-upload` with `--parallel`, the endpoint Send-SunoFile uses: the gap between
    the two curls is the endpoint's, not the client's. On loopback the ways are
    alternated over three rounds (medians); with 50 ms before the upload host answers (the `delay` fault on the uploads
    origin) the 100 small files run once per way.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 3, [int] $LatencyMs = 50)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
New-Item -ItemType Directory -Force $Work | Out-Null
$timeTool = if (Test-Path /usr/bin/time) { '/usr/bin/time' } else { $null }

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll')
try {
    $headers = @{ Authorization = "Bearer $($emulator.Key)" }
    $childEnv = @{ SUNO_API_KEY = $emulator.Key; SUNO_API_BASE_URI = $emulator.ApiUri.ToString(); SUNO_UPLOAD_BASE_URI = $emulator.UploadUri.ToString() }
    $endpoint = "$($emulator.UploadUri)api/file-stream-upload"

    # The files: real MP3s from the emulator's file host.
    $big = Join-Path $Work 'big/big.mp3'
    $smallDir = Join-Path $Work 'small'
    $bigTask = (Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 1; status = 'SUCCESS'; trackSeconds = 13107.2 }).taskIds[0]
    $smallTasks = @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 50; status = 'SUCCESS'; trackSeconds = 65.536 }).taskIds)
    $record = { param($id) (Invoke-RestMethod "$($emulator.ApiUri)api/v1/generate/record-info?taskId=$id" -Headers $headers).data.response.sunoData }
    $fetch = Join-Path $Work 'fetch.config'
    $n = 0
    Set-Content $fetch -Encoding ascii -Value @(
        "url = `"$((& $record $bigTask)[0].audioUrl)`""; "output = `"$big`""
        foreach ($id in $smallTasks) { foreach ($t in (& $record $id)) { $n++; "url = `"$($t.audioUrl)`""; "output = `"$(Join-Path $smallDir ('small-{0:000}.mp3' -f $n))`"" } }
    )
    $said = & curl --silent --show-error --no-progress-meter --fail --parallel --create-dirs --config $fetch 2>&1
    if ($LASTEXITCODE) { throw "Fetching the upload files failed ($LASTEXITCODE)." }
    $smallFiles = @(Get-ChildItem $smallDir -Filter *.mp3 | Sort-Object Name)
    $bigBytes = (Get-Item $big).Length
    $smallBytes = [double]($smallFiles | Measure-Object Length -Sum).Sum
    # The bodies Send-SunoFile sends for them (base64 JSON), prepared ahead so curl only posts them.
    $jsonDir = Join-Path $Work 'json'
    New-Item -ItemType Directory -Force $jsonDir | Out-Null
    $b64Config = Join-Path $Work 'upload-base64.config'
    Set-Content $b64Config -Encoding ascii -Value @(
        $first = $true
        foreach ($f in $smallFiles) {
            $json = Join-Path $jsonDir ($f.BaseName + '.json')
            [IO.File]::WriteAllText($json, '{"base64Data":"' + [Convert]::ToBase64String([IO.File]::ReadAllBytes($f.FullName)) + '","fileName":"' + $f.Name + '","uploadPath":"bench"}')
            if (-not $first) { 'next' }; $first = $false
            "url = `"$($emulator.UploadUri)api/file-base64-upload`""; "header = `"Authorization: Bearer $($emulator.Key)`""
            'header = "Content-Type: application/json"'; "data-binary = `"@$json`""; 'output = "/dev/null"'
        })
    $curlBase64 = {
        $rss = Join-Path $Work 'curl-rss.txt'
        $curlArgs = @('--silent', '--show-error', '--no-progress-meter', '--fail', '--parallel', '--config', $b64Config)
        $c = [Diagnostics.Stopwatch]::StartNew()
        $said = if ($timeTool) { & $timeTool -f '%M' -o $rss curl @curlArgs 2>&1 } else { & curl @curlArgs 2>&1 }
        $seconds = $c.Elapsed.TotalSeconds
        if ($LASTEXITCODE) { throw "curl (base64 JSON) failed ($LASTEXITCODE): $said" }
        [pscustomobject]@{ Seconds = $seconds; Peak = if ($timeTool) { [double](Get-Content $rss | Select-Object -Last 1) / 1KB } else { [double]::NaN } }
    }

    $curlFor = { param($files, [switch] $Parallel)
        $config = Join-Path $Work 'upload.config'
        Set-Content $config -Encoding ascii -Value @(
            $first = $true
            foreach ($f in $files) {
                if (-not $first) { 'next' }; $first = $false
                "url = `"$endpoint`""; "header = `"Authorization: Bearer $($emulator.Key)`""
                "form = `"file=@$($f.FullName)`""; 'form = "uploadPath=bench"'; "form = `"fileName=$($f.Name)`""
                'output = "/dev/null"'
            })
        $rss = Join-Path $Work 'curl-rss.txt'
        $curlArgs = @('--silent', '--show-error', '--no-progress-meter', '--fail') + $(if ($Parallel) { @('--parallel') } else { @() }) + @('--config', $config)
        $c = [Diagnostics.Stopwatch]::StartNew()
        $said = if ($timeTool) { & $timeTool -f '%M' -o $rss curl @curlArgs 2>&1 } else { & curl @curlArgs 2>&1 }
        $seconds = $c.Elapsed.TotalSeconds
        if ($LASTEXITCODE) { throw "curl -F failed ($LASTEXITCODE): $said" }
        [pscustomobject]@{ Seconds = $seconds; Peak = if ($timeTool) { [double](Get-Content $rss | Select-Object -Last 1) / 1KB } else { [double]::NaN } }
    }
    $sendFor = { param([string] $Command, [int] $Expected)
        $probe = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$manifest'
`$null = Send-SunoFile -Path '$($smallFiles[0].FullName)' -UploadPath warmup   # untimed: the first command's compilation
`$c = [Diagnostics.Stopwatch]::StartNew()
`$sent = @($Command)
'seconds=' + `$c.Elapsed.TotalSeconds
'count=' + @(`$sent | Where-Object DownloadUrl).Count
'peakWorkingSet=' + [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
"@
        $run = Invoke-BenchChild -Command $probe -Environment $childEnv
        $values = Read-ChildValues $run.Output
        if ($run.ExitCode -ne 0 -or $values['count'] -ne $Expected) { throw "Send-SunoFile uploaded $($values['count']) of $Expected files: $($run.Error) $($run.Output)" }
        [pscustomobject]@{ Seconds = $values['seconds']; Peak = $values['peakWorkingSet'] / 1MB }
    }
    $sendBig = "Send-SunoFile -Path '$big' -UploadPath bench"
    $sendSmall = "Get-ChildItem '$smallDir' -Filter *.mp3 | Send-SunoFile -UploadPath bench"
    $ways = [ordered]@{
        'big|curl -F'         = { & $curlFor @(Get-Item $big) }
        'big|Send-SunoFile'   = { & $sendFor $sendBig 1 }
        'small|curl -F, one after another' = { & $curlFor $smallFiles }
        'small|curl -F --parallel'         = { & $curlFor $smallFiles -Parallel }
        'small|curl, the same base64 JSON --parallel' = $curlBase64
        'small|Send-SunoFile'              = { & $sendFor $sendSmall 100 }
    }

    # Warm-up, not measured; and the baseline peak: the same child sending one small file.
    $null = & $curlFor @($smallFiles[0..9])
    $baseline = & $sendFor "Send-SunoFile -Path '$($smallFiles[0].FullName)' -UploadPath bench" 1
    $samples = [Collections.Generic.List[object]]::new()
    foreach ($round in 1..$Rounds) {
        $names = @($ways.Keys); if ($round % 2 -eq 0) { [array]::Reverse($names) }
        foreach ($name in $names) {
            $m = & $ways[$name]
            $samples.Add([pscustomobject]@{ Condition = 'loopback'; Name = $name; Seconds = $m.Seconds; Peak = $m.Peak })
        }
    }
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path faults -Body @{ target = 'uploads'; kind = 'delay'; delayMs = $LatencyMs; count = -1 }
    foreach ($name in @($ways.Keys | Where-Object { $_ -like 'small|*' })) {
        $m = & $ways[$name]
        $samples.Add([pscustomobject]@{ Condition = 'latency'; Name = $name; Seconds = $m.Seconds; Peak = $m.Peak })
    }
    $uploads = (Invoke-SunoEmulatorControl -Emulator $emulator -Path stats -Method Get).uploadRequests
    # Profile of the big file's extra steps, in this process: reading it once, and measuring its MP3 length (which
    # Send-SunoFile does before it uploads); the second pass of each counts (the first also compiles it).
    Import-Module $manifest
    $readOnce = { $s = [IO.File]::OpenRead($big); $buffer = [byte[]]::new(1MB); while ($s.Read($buffer, 0, $buffer.Length)) { }; $s.Dispose() }
    $measureLength = { $null = [SunoPS.Client.Downloads.Mp3Duration]::Measure($big) }
    $profile = @{}
    foreach ($step in @(@('read', $readOnce), @('length', $measureLength))) {
        foreach ($pass in 1, 2) { $c = [Diagnostics.Stopwatch]::StartNew(); try { & $step[1] } catch { $c = $null; break }; $profile[$step[0]] = $c.Elapsed.TotalSeconds }
    }
}
finally {
    Stop-SunoTestEmulator $emulator
}

$summary = @{}
foreach ($g in $samples | Group-Object Condition, Name) {
    $runs = @($g.Group)
    $summary["$($runs[0].Condition)|$($runs[0].Name)"] = [pscustomobject]@{
        Seconds = Get-Median @($runs.Seconds); Peak = ($runs.Peak | Measure-Object -Maximum).Maximum
        Samples = ($runs | ForEach-Object { Format-Number $_.Seconds '0.00' }) -join ', ' }
}
function Get-FastestCurl([string] $Condition) {
    @($summary["$Condition|small|curl -F --parallel"], $summary["$Condition|small|curl -F, one after another"]) | Sort-Object Seconds | Select-Object -First 1
}
$table = foreach ($key in @($summary.Keys | Sort-Object { $_ -notlike 'loopback|big*' }, { $_ -notlike 'loopback*' }, { $_ })) {
    $condition, $kind, $way = $key -split '\|'
    $x = $summary[$key]
    $bytes = if ($kind -eq 'big') { $bigBytes } else { $smallBytes }
    $ceiling = if ($kind -eq 'big') { $summary["$condition|big|curl -F"] } else { Get-FastestCurl $condition }
    [pscustomobject]@{
        'Network'        = if ($condition -eq 'loopback') { 'loopback' } else { "$LatencyMs ms before each answer" }
        'Files'          = if ($kind -eq 'big') { 'one of 200 MiB' } else { '100 of 1 MiB' }
        'Way'            = $way
        'Wall, median (s)' = Format-Number $x.Seconds '0.00'
        'MiB/s'          = Format-Number (($bytes / 1MB) / $x.Seconds) '0'
        'vs the fastest curl' = Format-Ratio ($ceiling.Seconds / $x.Seconds)
        'Peak working set (MiB)' = Format-Number $x.Peak '0'
        'Samples (s)'    = $x.Samples
    }
}
$bigRatio = $summary['loopback|big|curl -F'].Seconds / $summary['loopback|big|Send-SunoFile'].Seconds
$smallRatio = (Get-FastestCurl 'loopback').Seconds / $summary['loopback|small|Send-SunoFile'].Seconds
$parRatio = $summary['loopback|small|curl -F --parallel'].Seconds / $summary['loopback|small|Send-SunoFile'].Seconds
$seqRatio = $summary['loopback|small|curl -F, one after another'].Seconds / $summary['loopback|small|Send-SunoFile'].Seconds
$lateRatio = $summary['latency|small|curl -F --parallel'].Seconds / $summary['latency|small|Send-SunoFile'].Seconds
$b64Ratio = $summary['loopback|small|curl, the same base64 JSON --parallel'].Seconds / $summary['loopback|small|Send-SunoFile'].Seconds
$lateB64Ratio = $summary['latency|small|curl, the same base64 JSON --parallel'].Seconds / $summary['latency|small|Send-SunoFile'].Seconds
$lateSeqRatio = $summary['latency|small|curl -F, one after another'].Seconds / $summary['latency|small|Send-SunoFile'].Seconds
$peak = [math]::Max($summary['loopback|big|Send-SunoFile'].Peak, $summary['loopback|small|Send-SunoFile'].Peak)
$met = ($bigRatio -ge 0.9) -and ($smallRatio -ge 0.9) -and ($peak * 1MB -le 150e6)
$misses = @(
    if ($bigRatio -lt 0.9) {
        ('the 200 MiB file took {0} s against curl''s {1} s; in this process reading the file once takes {2} s' -f
            (Format-Number $summary['loopback|big|Send-SunoFile'].Seconds '0.00'), (Format-Number $summary['loopback|big|curl -F'].Seconds '0.00'),
            (Format-Number $profile['read'] '0.00'))
    }
    if ($smallRatio -lt 0.9) {
        ('the 100 small files took {0} s against {1} s for curl -F --parallel and {2} s for curl -F one after another ({3} and {4}); with {5} ms latency {6} s against {7} s and {8} s. Send-SunoFile sends files under 10 MB as base64 JSON, as the upload host advises (a third more bytes, which the host decodes from JSON), where curl -F posts the multipart stream: curl posting the same base64 JSON to the same endpoint took {9} s ({10} Send-SunoFile''s speed; {11} with latency), so the gap is the endpoint''s, not the client''s' -f
            (Format-Number $summary['loopback|small|Send-SunoFile'].Seconds '0.00'), (Format-Number $summary['loopback|small|curl -F --parallel'].Seconds '0.00'),
            (Format-Number $summary['loopback|small|curl -F, one after another'].Seconds '0.00'), (Format-Ratio $parRatio), (Format-Ratio $seqRatio),
            $LatencyMs, (Format-Number $summary['latency|small|Send-SunoFile'].Seconds '0.00'), (Format-Number $summary['latency|small|curl -F --parallel'].Seconds '0.00'),
            (Format-Number $summary['latency|small|curl -F, one after another'].Seconds '0.00'),
            (Format-Number $summary['loopback|small|curl, the same base64 JSON --parallel'].Seconds '0.00'), (Format-Ratio $b64Ratio), (Format-Ratio $lateB64Ratio))
    }
    if ($peak * 1MB -gt 150e6) { 'the peak working set of {0} MiB ({1} MB) is above 150 MB' -f (Format-Number $peak '0'), (Format-Number ($peak * 1MB / 1e6) '0') }
)

[pscustomobject]@{
    Key      = 'Upload'
    Title    = 'Uploading files (Send-SunoFile)'
    Rows     = @(
        New-BenchRow -Benchmark '`Send-SunoFile` of one 200 MiB file and of 100 small files (1 MiB), loopback' `
            -ComparedWith ('`curl -F` to `/api/file-stream-upload`: 200 MiB in {0} s; 100 files in {1} s with --parallel, {2} s one after another' -f
                (Format-Number $summary['loopback|big|curl -F'].Seconds '0.00'), (Format-Number $summary['loopback|small|curl -F --parallel'].Seconds '0.00'), (Format-Number $summary['loopback|small|curl -F, one after another'].Seconds '0.00')) `
            -Measured ('200 MiB in {0} s = {1} curl; 100 files in {2} s = {3} the faster curl -F ({4} curl --parallel, {5} curl one after another; with {6} ms latency {7} and {8}), {12} curl posting the same base64 JSON; peak working set {9} MiB (200 MiB file) / {10} MiB (100 files), baseline {11} MiB' -f
                (Format-Number $summary['loopback|big|Send-SunoFile'].Seconds '0.00'), (Format-Ratio $bigRatio), (Format-Number $summary['loopback|small|Send-SunoFile'].Seconds '0.00'),
                (Format-Ratio $smallRatio), (Format-Ratio $parRatio), (Format-Ratio $seqRatio), $LatencyMs, (Format-Ratio $lateRatio), (Format-Ratio $lateSeqRatio),
                (Format-Number $summary['loopback|big|Send-SunoFile'].Peak '0'), (Format-Number $summary['loopback|small|Send-SunoFile'].Peak '0'), (Format-Number $baseline.Peak '0'), (Format-Ratio $b64Ratio)) `
            -Target '≥ 0.9× curl; peak working set ≤ 150 MB' -Met $met -Why (($misses -join '; ') + '.')
    )
    Details  = @(
        "One MP3 of $(Format-Number ($bigBytes / 1MB) '0.0') MiB and 100 MP3s of $(Format-Number ($smallBytes / 100 / 1MB) '0.0') MiB, uploaded to the emulator's upload origin; $Rounds rounds on loopback (ways alternated, after an unmeasured warm-up), one with $LatencyMs ms before the upload host answers each request."
        "Send-SunoFile's peak working set is its fresh pwsh's VmHWM (pwsh and SunoPS included: the same pwsh sending one small file peaked at $(Format-Number $baseline.Peak '0') MiB); curl's is its maximum resident set size from /usr/bin/time. ""vs the fastest curl"" compares with curl -F for the big file and with the faster of the two curl runs for the small ones."
        "The upload host answered $uploads upload requests in all."
        ''
        ConvertTo-MarkdownTable @($table)
        ''
        $(if ($misses.Count) { 'Why the target is missed: ' + ($misses -join '; ') + '.' } else { 'The target is met.' })
    )
    Commands = @(
        'curl --silent --show-error --fail -H "Authorization: Bearer $key" -F file=@big.mp3 -F uploadPath=bench -F fileName=big.mp3 "$uploads/api/file-stream-upload"'
        'curl --silent --show-error --fail [--parallel] --config upload.config   # per file: url, header, form = "file=@…", form = "uploadPath=bench", form = "fileName=…", next'
        'curl --silent --show-error --fail --parallel --config upload-base64.config   # per file: url = …/api/file-base64-upload, header, Content-Type: application/json, data-binary = "@<file>.json", next'
        'Send-SunoFile -Path ./big.mp3 -UploadPath bench'
        'Get-ChildItem ./small -Filter *.mp3 | Send-SunoFile -UploadPath bench'
        "# latency: POST /_emulator/faults {""target"":""uploads"",""kind"":""delay"",""delayMs"":$LatencyMs,""count"":-1}"
    )
}
