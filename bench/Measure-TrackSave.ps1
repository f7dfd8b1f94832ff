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
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 2, [int] $LatencyMs = 50)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $Root 'out/SunoPS/SunoPS.psd1')
$trackSeconds = 262.144   # 4 MiB at 128 kbit/s

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
    $vsCurl = $suno.MBps / $curl.MBps; $vsLoop = $suno.MBps / $loop.MBps
    New-BenchRow -Benchmark "Save 200 tracks of 4 MiB ($Label)" `
        -ComparedWith ('`curl --parallel` {0} MiB/s; `Invoke-WebRequest -OutFile` loop {1} MiB/s' -f (Format-Number $curl.MBps '0'), (Format-Number $loop.MBps '0')) `
        -Measured ('`Save-SunoTrack` (verified, tagged, 4 at once) {0} MiB/s = {1} curl, {2} the loop; -NoTag {3} = {4} curl, {5} the loop; -ThrottleLimit 16 {6} = {7} curl, {8} the loop' -f
            (Format-Number $suno.MBps '0'), (Format-Ratio $vsCurl), (Format-Ratio $vsLoop),
            (Format-Number $noTag.MBps '0'), (Format-Ratio ($noTag.MBps / $curl.MBps)), (Format-Ratio ($noTag.MBps / $loop.MBps)),
            (Format-Number $wide.MBps '0'), (Format-Ratio ($wide.MBps / $curl.MBps)), (Format-Ratio ($wide.MBps / $loop.MBps))) `
        -Target '≥ 0.8× curl''s throughput, ≥ 3× the loop' -Met (($vsCurl -ge 0.8) -and ($vsLoop -ge 3))
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
    )
    Commands = @(
        'curl --silent --show-error --no-progress-meter --fail --parallel --create-dirs --config curl.config   # url = …/output = … per track'
        '$tasks | Save-SunoTrack -Path ./tracks'
        '$tasks | Save-SunoTrack -Path ./tracks -NoTag'
        '$tasks | Save-SunoTrack -Path ./tracks -ThrottleLimit 16'
        'foreach ($t in $tasks.Tracks) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile "./tracks/$($t.Id).mp3" }'
        "# latency: POST /_emulator/faults {""target"":""files"",""kind"":""delay"",""delayMs"":$LatencyMs,""count"":-1}"
    )
}
