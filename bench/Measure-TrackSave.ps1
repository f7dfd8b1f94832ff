<#
.SYNOPSIS
    Saving 200 tracks of 4 MiB: Save-SunoTrack against `curl --parallel` on the same URLs (the practical ceiling)
    and against a loop of Invoke-WebRequest -OutFile.
.DESCRIPTION
    100 finished tasks (2 tracks each, 262 s at 128 kbit/s = 4 MiB per MP3) are seeded in the emulator. Each way
    saves all 200 files into an empty folder; the ways are alternated round by round and the folder is emptied
    between runs. Throughput = bytes saved / wall time. Save-SunoTrack does more than the others: it checks every
    file's size and MP3 playing time against the record and, by default, writes ID3 tags (fetching each cover image),
    so it runs once as users run it and once with -NoTag.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 3, [int] $LatencyMs = 50)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$trackSeconds = 262.144   # 4 MiB at 128 kbit/s
if (-not (Get-Command curl -CommandType Application -ErrorAction SilentlyContinue) -or -not ((& curl --help all 2>$null) -match '--parallel')) {
    throw 'This benchmark compares with `curl --parallel`: it needs curl 7.66 or later on the PATH (e.g. apt-get install curl).'
}

function Measure-SaveSteps {
    <#
        Where a saved track's time goes besides the transfer, per 4 MiB file, on 10 files saved untagged: writing it,
        writing it with an fsync (as the downloader does before verifying), measuring its MP3 playing time, and
        making its ID3 tag (the client's own Id3Tagger, which renders it in memory to be written ahead of the audio).
    #>
    $dir = Join-Path $Work 'steps'
    try {
        $null = $tasks[0..4] | Save-SunoTrack -Path $dir -NoTag
        $files = @(Get-ChildItem $dir -Filter *.mp3)
        $cover = (Invoke-WebRequest -Uri $tasks[0].Tracks[0].ImageUrl).Content
        # Each step runs twice over the files and the second pass counts: the first one also compiles it.
        $time = { param($action) foreach ($pass in 1, 2) { $c = [Diagnostics.Stopwatch]::StartNew(); foreach ($f in $files) { & $action $f } }; $c.Elapsed.TotalMilliseconds / $files.Count }
        [pscustomobject]@{
            Write = & $time { param($f) $b = [IO.File]::ReadAllBytes($f.FullName); $s = [IO.FileStream]::new("$($f.FullName).a", 'Create'); $s.Write($b, 0, $b.Length); $s.Dispose() }
            WriteSync = & $time { param($f) $b = [IO.File]::ReadAllBytes($f.FullName); $s = [IO.FileStream]::new("$($f.FullName).b", 'Create'); $s.Write($b, 0, $b.Length); $s.Flush($true); $s.Dispose() }
            Duration = & $time { param($f) $null = [SunoPS.Client.Downloads.Mp3Duration]::Measure($f.FullName) }
            Tag = & $time { param($f) $null = [SunoPS.Client.Downloads.Id3Tagger]::Render($tasks[0].Tracks[0], $tasks[0], $cover) }
        }
    }
    catch {
        Write-BenchNote "  (the per-step profile failed: $_)"
        $null
    }
    finally {
        Remove-Item -Recurse -Force $dir -ErrorAction SilentlyContinue
    }
}

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll')
try {
    Set-SunoApiKey -ApiKey $emulator.Key -BaseUri $emulator.ApiUri
    $ids = @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body @{ count = 100; status = 'SUCCESS'; trackSeconds = $trackSeconds }).taskIds)
    $tasks = @($ids | Get-SunoTask)
    $tracks = @($tasks.Tracks)
    if ($tracks.Count -ne 200) { throw "Expected 200 tracks, got $($tracks.Count)." }

    $folder = Join-Path $Work 'tracks'
    $curlConfig = Join-Path $Work 'curl.config'
    New-Item -ItemType Directory -Force $Work | Out-Null
    Set-Content -Path $curlConfig -Encoding ascii -Value @(foreach ($t in $tracks) {
        "url = `"$($t.AudioUrl)`""
        "output = `"$(Join-Path $folder "$($t.Id).mp3")`""
    })

    $ways = [ordered]@{
        'curl --parallel'                = { & curl --silent --show-error --no-progress-meter --fail --parallel --create-dirs --config $curlConfig 2>&1; if ($LASTEXITCODE) { throw "curl failed ($LASTEXITCODE)" } }
        'Save-SunoTrack'                 = { $null = $tasks | Save-SunoTrack -Path $folder }
        'Save-SunoTrack -NoTag'          = { $null = $tasks | Save-SunoTrack -Path $folder -NoTag }
        'Save-SunoTrack -ThrottleLimit 16' = { $null = $tasks | Save-SunoTrack -Path $folder -ThrottleLimit 16 }
        'Save-SunoTrack -NoTag -ThrottleLimit 16' = { $null = $tasks | Save-SunoTrack -Path $folder -NoTag -ThrottleLimit 16 }
        'Invoke-WebRequest loop'         = {
            New-Item -ItemType Directory -Force $folder | Out-Null
            foreach ($t in $tracks) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile (Join-Path $folder "$($t.Id).mp3") }
        }
    }
    # Two network conditions: bare loopback (everything is CPU-bound on this machine), and every file request
    # answered after $LatencyMs ms, as a file host across the internet answers (time to first byte).
    $conditions = @(
        [pscustomobject]@{ Name = 'loopback'; Label = 'loopback, no added latency'; Rounds = $Rounds; Fault = $null }
        [pscustomobject]@{ Name = 'latency'; Label = "$LatencyMs ms to the first byte of every file"; Rounds = $Rounds
            Fault = @{ target = 'files'; kind = 'delay'; delayMs = $LatencyMs; count = -1 } }
    )

    # Warm-up, not measured: the first downloads also compile the emulator's file path and the client's.
    $warmFolder = Join-Path $Work 'warm-up'
    Set-Content -Path (Join-Path $Work 'warm.config') -Encoding ascii -Value @(foreach ($t in $tracks[0..9]) {
        "url = `"$($t.AudioUrl)`""; "output = `"$(Join-Path $warmFolder "$($t.Id).mp3")`"" })
    & curl --silent --no-progress-meter --parallel --create-dirs --config (Join-Path $Work 'warm.config') 2>&1 | Out-Null
    $null = $tasks[0..4] | Save-SunoTrack -Path $warmFolder -Force
    foreach ($t in $tracks[0..4]) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile (Join-Path $warmFolder 'iwr.mp3') }
    Remove-Item -Recurse -Force $warmFolder

    $samples = [Collections.Generic.List[object]]::new()
    foreach ($condition in $conditions) {
        $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path faults -Method Delete
        if ($condition.Fault) { $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path faults -Body $condition.Fault }
        foreach ($round in 1..$condition.Rounds) {
            foreach ($name in $ways.Keys) {
                # The loop takes 200 × 50 ms and more with latency: once is enough to compare with.
                if ($condition.Name -eq 'latency' -and $name -eq 'Invoke-WebRequest loop' -and $round -gt 1) { continue }
                Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
                [GC]::Collect()
                $m = Measure-Work $ways[$name]
                $files = @(Get-ChildItem $folder -Filter *.mp3)
                $bytes = ($files | Measure-Object -Property Length -Sum).Sum
                if ($files.Count -ne 200) { throw "$name saved $($files.Count) files, not 200 ($($condition.Label))." }
                $samples.Add([pscustomobject]@{ Condition = $condition.Name; Way = $name; WallMs = $m.WallMs; CpuMs = $m.CpuMs; Bytes = [double]$bytes })
            }
        }
    }
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path faults -Method Delete
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    $profile = Measure-SaveSteps
}
finally {
    Stop-SunoTestEmulator $emulator
}

$summary = @{}
$table = foreach ($condition in $conditions) {
    $of = { param($way) @($samples | Where-Object { $_.Condition -eq $condition.Name -and $_.Way -eq $way }) }
    foreach ($name in $ways.Keys) {
        $runs = & $of $name
        $wall = Get-Median @($runs.WallMs)
        $summary["$($condition.Name)|$name"] = [pscustomobject]@{ WallMs = $wall; MBps = ($runs[0].Bytes / 1MB) / ($wall / 1000); CpuMs = Get-Median @($runs.CpuMs) }
    }
    $curl = $summary["$($condition.Name)|curl --parallel"]; $loop = $summary["$($condition.Name)|Invoke-WebRequest loop"]
    foreach ($name in $ways.Keys) {
        $x = $summary["$($condition.Name)|$name"]
        [pscustomobject]@{
            'Network'                 = $condition.Label
            'Way'                     = $name
            'Wall, median (s)'        = Format-Number ($x.WallMs / 1000) '0.00'
            'MiB/s'                   = Format-Number $x.MBps '0'
            'vs curl'                 = Format-Ratio ($x.MBps / $curl.MBps)
            'vs the loop'             = Format-Ratio ($x.MBps / $loop.MBps)
            'CPU of this process (s)' = if ($name -like 'curl*') { '— (own process)' } else { Format-Number ($x.CpuMs / 1000) '0.00' }
            'Samples (s)'             = (@(& $of $name) | ForEach-Object { Format-Number ($_.WallMs / 1000) '0.00' }) -join ', '
        }
    }
}

function Get-SaveRow([string] $Condition, [string] $Label) {
    $curl = $summary["$Condition|curl --parallel"]; $suno = $summary["$Condition|Save-SunoTrack"]; $loop = $summary["$Condition|Invoke-WebRequest loop"]
    $noTag = $summary["$Condition|Save-SunoTrack -NoTag"]; $wide = $summary["$Condition|Save-SunoTrack -ThrottleLimit 16"]
    $bare = $summary["$Condition|Save-SunoTrack -NoTag -ThrottleLimit 16"]
    $vsCurl = $suno.MBps / $curl.MBps; $vsLoop = $suno.MBps / $loop.MBps
    New-BenchRow -Benchmark "Save 200 tracks of 4 MiB ($Label)" `
        -ComparedWith ('`curl --parallel` {0} MiB/s; `Invoke-WebRequest -OutFile` loop {1} MiB/s' -f (Format-Number $curl.MBps '0'), (Format-Number $loop.MBps '0')) `
        -Measured ('`Save-SunoTrack` (defaults: verified, tagged) {0} MiB/s = {1} curl, {2} the loop. -NoTag: {3} = {4} curl, {5} the loop; -ThrottleLimit 16: {6} = {7} curl, {8} the loop; both: {9} = {10} curl, {11} the loop' -f
            (Format-Number $suno.MBps '0'), (Format-Ratio $vsCurl), (Format-Ratio $vsLoop),
            (Format-Number $noTag.MBps '0'), (Format-Ratio ($noTag.MBps / $curl.MBps)), (Format-Ratio ($noTag.MBps / $loop.MBps)),
            (Format-Number $wide.MBps '0'), (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $loop.MBps)),
            (Format-Number $bare.MBps '0'), (Format-Ratio ($bare.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $loop.MBps))) `
        -Target $(if ($Condition -eq 'loopback') { '≥ 0.9× curl''s throughput, tagged and verified' } else { '≥ 0.9× curl''s throughput, tagged and verified; ≥ 3× the loop' }) `
        -Met $(if ($Condition -eq 'loopback') { $vsCurl -ge 0.9 } else { ($vsCurl -ge 0.9) -and ($vsLoop -ge 3) }) `
        -Why $(if ($Condition -eq 'loopback') {
            ('on bare loopback this 2-core machine is CPU-bound (the emulator makes each MP3 as it sends it): the sequential loop runs at {0} MiB/s = {1} curl; the defaults, which also verify every file and fetch each cover to tag it, reach {2} curl; untagged {3}, tagged with 16 at once {4}, both {5} (the per-file costs are below the table)' -f
                (Format-Number $loop.MBps '0'), (Format-Ratio ($loop.MBps / $curl.MBps)), (Format-Ratio $vsCurl), (Format-Ratio ($noTag.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $curl.MBps)))
        } else {
            # Each download waits the latency for its first byte: the throughput says how many were in flight on average.
            $inFlight = $suno.MBps * ($LatencyMs / 1000) / 4
            ('with latency, the number of files in flight decides: each request waits {0} ms for its first byte, so k downloads at once move at most k × 4 MiB per {0} ms; the defaults measured {1} MiB/s, as if {2} files were in flight (curl keeps up to 50: {3} MiB/s). With -ThrottleLimit 16: {4} curl and {5} the loop tagged, {6} and {7} untagged' -f
                $LatencyMs, (Format-Number $suno.MBps '0'), (Format-Number $inFlight '0.0'), (Format-Number $curl.MBps '0'),
                (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $loop.MBps)), (Format-Ratio ($bare.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $loop.MBps)))
        })
}

[pscustomobject]@{
    Key      = 'Save'
    Title    = 'Saving 200 tracks'
    Rows     = @(
        Get-SaveRow 'loopback' 'loopback'
        Get-SaveRow 'latency' "$LatencyMs ms to first byte"
    )
    Details  = @(
        "200 files, $(Format-Number ($tracks.Count * 4) '0') MiB in all, into an emptied folder each time, after an unmeasured warm-up of every way; $Rounds rounds in each condition, the ways alternated in each (with latency the Invoke-WebRequest loop, 200 × $LatencyMs ms and more, runs in the first round only)."
        'curl runs with its default parallelism (up to 50 transfers); Save-SunoTrack with its defaults unless the row says otherwise.'
        "The latency is the emulator's ``delay`` fault on the files origin: every file request (audio and cover) is answered after $LatencyMs ms."
        ''
        ConvertTo-MarkdownTable @($table)
        ''
        'Where the time goes. On loopback this 2-core machine is CPU-bound (the emulator makes each MP3 as it sends it), so a plain'
        'sequential loop already runs about as fast as curl and nothing can be 3× faster than it; only latency, as across the'
        'internet, lets parallel downloads pull ahead. Against curl, Save-SunoTrack by default does three things per track that curl does not:'
        $(if ($profile) {
            ('per 4 MiB file (measured here on 10 saved files), writing it takes {0} ms and {1} ms with the fsync the downloader does before verifying (what an fsync costs depends on the disk); measuring its MP3 playing time takes {2} ms; and making its ID3 tag {3} ms (written ahead of the audio, so the file is never rewritten for it). Tagging also fetches the cover image: a second request, made alongside the audio''s so it adds no round trip of its own.' -f
                (Format-Number $profile.Write '0.0'), (Format-Number $profile.WriteSync '0.0'), (Format-Number $profile.Duration '0.0'), (Format-Number $profile.Tag '0.00'))
        } else { '(the per-step profile could not run).' })
        'With latency, how many files are in flight decides (curl keeps up to 50). The -NoTag and -ThrottleLimit 16 rows separate these costs.'
    )
    Commands = @(
        'curl --silent --show-error --no-progress-meter --fail --parallel --create-dirs --config curl.config   # url = …/output = … per track'
        '$tasks | Save-SunoTrack -Path ./tracks'
        '$tasks | Save-SunoTrack -Path ./tracks -NoTag'
        '$tasks | Save-SunoTrack -Path ./tracks -ThrottleLimit 16'
        '$tasks | Save-SunoTrack -Path ./tracks -NoTag -ThrottleLimit 16'
        'foreach ($t in $tasks.Tracks) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile "./tracks/$($t.Id).mp3" }'
        "# latency: POST /_emulator/faults {""target"":""files"",""kind"":""delay"",""delayMs"":$LatencyMs,""count"":-1}"
    )
}
