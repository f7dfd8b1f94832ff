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
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 4, [int] $LatencyMs = 50)

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
        [pscustomobject]@{ Name = 'latency'; Label = "$LatencyMs ms to the first byte of every file"; Rounds = 1
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
        -Measured ('`Save-SunoTrack` (verified, tagged, 4 at once) {0} MiB/s = {1} curl, {2} the loop. -NoTag: {3} = {4} curl, {5} the loop; -ThrottleLimit 16: {6} = {7} curl, {8} the loop; both: {9} = {10} curl, {11} the loop' -f
            (Format-Number $suno.MBps '0'), (Format-Ratio $vsCurl), (Format-Ratio $vsLoop),
            (Format-Number $noTag.MBps '0'), (Format-Ratio ($noTag.MBps / $curl.MBps)), (Format-Ratio ($noTag.MBps / $loop.MBps)),
            (Format-Number $wide.MBps '0'), (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $loop.MBps)),
            (Format-Number $bare.MBps '0'), (Format-Ratio ($bare.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $loop.MBps))) `
        -Target '≥ 0.8× curl''s throughput, ≥ 3× the loop' -Met (($vsCurl -ge 0.8) -and ($vsLoop -ge 3)) `
        -Why $(if ($Condition -eq 'loopback') {
            ('on bare loopback this 2-core machine is CPU-bound, so the sequential loop ({0} MiB/s) already runs at {1} of curl, the practical ceiling, and 3× the loop is out of reach for anything; against curl the defaults cost: tagging fetches every file''s cover, and 4 downloads at once are too few to keep the cores busy while files are written, flushed and verified (tagged, 16 at once: {2} curl; untagged, 16 at once: {3} curl).' -f
                (Format-Number $loop.MBps '0'), (Format-Ratio ($loop.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $curl.MBps)))
        } else {
            # However fast the transfer, 4 downloads at once that each wait for their first byte move at most 4 files per latency.
            $ceiling = 4 * 4 / ($LatencyMs / 1000)
            ('with latency, parallelism decides: the default of 4 downloads at once (issue 3''s default; each fetches its cover alongside, on a second connection) against curl''s 50. Even with transfers taking no time at all, 4 at once move at most 4 files of 4 MiB per {4} ms = {5} MiB/s = {6} of curl''s {7} MiB/s{9}; the defaults measured {8} MiB/s. With -ThrottleLimit 16 Save-SunoTrack reaches {0} curl and {1} the loop with tags, {2} and {3} without.' -f
                (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $loop.MBps)), (Format-Ratio ($bare.MBps / $curl.MBps)), (Format-Ratio ($bare.MBps / $loop.MBps)),
                $LatencyMs, (Format-Number $ceiling '0'), (Format-Ratio ($ceiling / $curl.MBps)), (Format-Number $curl.MBps '0'), (Format-Number $suno.MBps '0'),
                $(if ($ceiling / $curl.MBps -lt 0.8) { ', below the 0.8× target' } else { '' }))
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
        "200 files, $(Format-Number ($tracks.Count * 4) '0') MiB in all, into an emptied folder each time, after an unmeasured warm-up of every way; on bare loopback $Rounds rounds, with latency one, the ways alternated in each."
        'curl runs with its default parallelism (up to 50 transfers); Save-SunoTrack with its default -ThrottleLimit 4 unless the row says otherwise.'
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
        'And it runs 4 downloads at once against curl''s 50: with latency, parallelism decides. The -NoTag and -ThrottleLimit 16 rows separate these costs.'
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
