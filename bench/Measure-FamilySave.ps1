<#
.SYNOPSIS
    Saving the new families' files with Save-SunoTrack's defaults against `curl --parallel` on the same URLs, 50 ms
    from the file host: 40 WAV files of 40 MiB, and 10 separations of 12 stems; with the peak working set.
.DESCRIPTION
    The emulator makes WAVs of 16-bit stereo 44.1 kHz silence as long as their source track (237.8 s = 40 MiB) and
    split_stem separations of 12 stems (`--split-stems 12`), each an MP3 as long as the source (240 s at 128 kbit/s,
    3.7 MiB). Every file request is answered after 50 ms (the `delay` fault on the files origin).

    Save-SunoTrack runs in a fresh pwsh per run, which reads the tasks first (not timed), times the save and reports its
    own peak working set (VmHWM); the same child saving 40 WAVs of 4 MiB shows whether the peak grows with file size.
    curl runs with its default parallelism (up to 50 transfers) under /usr/bin/time, which reports curl's own peak.
    Each kind: the ways alternated, five rounds (this runs while the wait benchmark waits), medians. The stems are also
    saved with -ThrottleLimit 16 (16 at once from the first file), the profile of what the default's ramp costs.
#>
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 5, [int] $LatencyMs = 50)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$manifest = Join-Path $Root 'out/SunoPS/SunoPS.psd1'
$wavBytesPerSecond = 44100 * 2 * 2
$bigWavSeconds = 40MB / $wavBytesPerSecond      # 237.8 s
$smallWavSeconds = 4MB / $wavBytesPerSecond     # 23.8 s
$stemSeconds = 240
New-Item -ItemType Directory -Force $Work | Out-Null
# The stems are also saved with 16 at once from the first file: what the default's ramp (4, 8, 16, then 32) costs.
$waysOf = @{ wav = 'curl', 'save'; stems = 'curl', 'save', 'save16' }
$timeTool = if (Test-Path /usr/bin/time) { '/usr/bin/time' } else { $null }

$emulator = Start-SunoTestEmulator -EmulatorPath (Join-Path $Root 'out/emulator/SunoPS.Emulator.dll') -Arguments '--split-stems', '12'
try {
    $childEnv = @{ SUNO_API_KEY = $emulator.Key; SUNO_API_BASE_URI = $emulator.ApiUri.ToString() }
    $headers = @{ Authorization = "Bearer $($emulator.Key)" }
    $seed = { param($body) @((Invoke-SunoEmulatorControl -Emulator $emulator -Path tasks -Body $body).taskIds) }
    $kinds = [ordered]@{
        wav = [pscustomobject]@{ Label = '40 WAV files of 40 MiB'; Family = 'Wav'; Ids = & $seed @{ family = 'wav'; count = 40; status = 'SUCCESS'; trackSeconds = $bigWavSeconds } }
        stems = [pscustomobject]@{ Label = '10 separations of 12 stems (120 MP3s of 3.7 MiB)'; Family = 'Separation'; Ids = & $seed @{ family = 'separation'; count = 10; status = 'SUCCESS'; trackSeconds = $stemSeconds } }
        smallwav = [pscustomobject]@{ Label = '40 WAV files of 4 MiB (for the peak only)'; Family = 'Wav'; Ids = & $seed @{ family = 'wav'; count = 40; status = 'SUCCESS'; trackSeconds = $smallWavSeconds } }
    }
    foreach ($name in $kinds.Keys) {
        $kind = $kinds[$name]
        $urls = foreach ($id in $kind.Ids) {
            if ($kind.Family -eq 'Wav') { (Invoke-RestMethod "$($emulator.ApiUri)api/v1/wav/record-info?taskId=$id" -Headers $headers).data.response.audioWavUrl }
            else { (Invoke-RestMethod "$($emulator.ApiUri)api/v1/vocal-removal/record-info?taskId=$id" -Headers $headers).data.response.originData.audio_url }
        }
        $kind | Add-Member Urls @($urls)
        $kind | Add-Member IdsFile (Join-Path $Work "$name-ids.txt")
        Set-Content $kind.IdsFile -Value $kind.Ids
        $kind | Add-Member Config (Join-Path $Work "$name-curl.config")
        $n = 0
        Set-Content -Path $kind.Config -Encoding ascii -Value @(foreach ($u in $kind.Urls) { $n++; "url = `"$u`""; "output = `"$(Join-Path $Work "out/$n.bin")`"" })
    }
    $null = Invoke-SunoEmulatorControl -Emulator $emulator -Path faults -Body @{ target = 'files'; kind = 'delay'; delayMs = $LatencyMs; count = -1 }

    $folder = Join-Path $Work 'out'
    # Each run starts with the previous run's files on disk, not in the page cache still being written back.
    $settle = { Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue; if (Get-Command sync -CommandType Application -ErrorAction SilentlyContinue) { & sync } }
    function Invoke-Curl($Kind) {
        & $settle
        $rss = Join-Path $Work 'curl-rss.txt'
        $curlArgs = @('--silent', '--show-error', '--no-progress-meter', '--fail', '--parallel', '--create-dirs', '--config', $Kind.Config)
        $c = [Diagnostics.Stopwatch]::StartNew()
        $said = if ($timeTool) { & $timeTool -f '%M' -o $rss curl @curlArgs 2>&1 } else { & curl @curlArgs 2>&1 }
        $seconds = $c.Elapsed.TotalSeconds
        if ($LASTEXITCODE) { throw "curl failed ($LASTEXITCODE): $said" }
        $files = @(Get-ChildItem $folder -File)
        if ($files.Count -ne $Kind.Urls.Count) { throw "curl saved $($files.Count) of $($Kind.Urls.Count) files." }
        [pscustomobject]@{ Seconds = $seconds; Bytes = [double]($files | Measure-Object Length -Sum).Sum
            Peak = if ($timeTool) { [double](Get-Content $rss | Select-Object -Last 1) / 1KB } else { [double]::NaN } }
    }
    function Invoke-Save($Kind, [string] $Options = '') {
        & $settle
        $probe = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$manifest'
`$ids = @(Get-Content '$($Kind.IdsFile)')
`$null = Get-SunoTask -TaskId `$ids[0] -Family $($Kind.Family)   # one read first (untimed setup): a fresh pwsh's first parallel reads once raced on Uri.IsLoopback, since fixed (LoopbackHost)
`$tasks = @(`$ids | Get-SunoTask -Family $($Kind.Family))
`$c = [Diagnostics.Stopwatch]::StartNew()
`$saved = @(`$tasks | Save-SunoTrack -Path '$folder'$Options)
'seconds=' + `$c.Elapsed.TotalSeconds
'count=' + `$saved.Count
'peakWorkingSet=' + [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
"@
        $run = Invoke-BenchChild -Command $probe -Environment $childEnv
        $values = Read-ChildValues $run.Output
        if ($run.ExitCode -ne 0 -or -not $values.ContainsKey('seconds')) { throw "The Save-SunoTrack probe failed: $($run.Error) $($run.Output)" }
        $files = @(Get-ChildItem $folder -File | Where-Object Extension -in '.wav', '.mp3')
        if ($files.Count -ne $Kind.Urls.Count) { throw "Save-SunoTrack saved $($files.Count) of $($Kind.Urls.Count) files ($($Kind.Label))." }
        [pscustomobject]@{ Seconds = $values['seconds']; Bytes = [double]($files | Measure-Object Length -Sum).Sum; Peak = $values['peakWorkingSet'] / 1MB; Probe = $probe }
    }

    # Warm-up, not measured: the emulator's WAV and stem paths, the disk.
    $null = Invoke-Curl $kinds.stems
    $samples = [Collections.Generic.List[object]]::new()
    foreach ($round in 1..$Rounds) {
        foreach ($name in 'wav', 'stems') {
            $ways = [string[]]$waysOf[$name].Clone()
            if (-not ($round % 2)) { [array]::Reverse($ways) }
            foreach ($way in $ways) {
                $m = switch ($way) { 'curl' { Invoke-Curl $kinds[$name] } 'save' { Invoke-Save $kinds[$name] } 'save16' { Invoke-Save $kinds[$name] ' -ThrottleLimit 16' } }
                $samples.Add([pscustomobject]@{ Kind = $name; Way = $way; Seconds = $m.Seconds; Bytes = $m.Bytes; Peak = $m.Peak })
                if ($way -eq 'save') { $probeText = $m.Probe }
            }
        }
    }
    $smallSave = Invoke-Save $kinds.smallwav
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
}
finally {
    Stop-SunoTestEmulator $emulator
}

$summary = @{}
foreach ($name in 'wav', 'stems') {
    foreach ($way in $waysOf[$name]) {
        $runs = @($samples | Where-Object { $_.Kind -eq $name -and $_.Way -eq $way })
        $seconds = Get-Median @($runs.Seconds)
        $summary["$name|$way"] = [pscustomobject]@{ Seconds = $seconds; MBps = ($runs[0].Bytes / 1MB) / $seconds; Peak = ($runs.Peak | Measure-Object -Maximum).Maximum
            Bytes = $runs[0].Bytes; Samples = ($runs | ForEach-Object { Format-Number $_.Seconds '0.00' }) -join ', ' }
    }
}
$table = foreach ($name in 'wav', 'stems') {
    $curl = $summary["$name|curl"]
    foreach ($way in $waysOf[$name]) {
        $x = $summary["$name|$way"]
        [pscustomobject]@{
            'Files'                   = $kinds[$name].Label
            'Way'                     = switch ($way) { 'curl' { 'curl --parallel' } 'save' { 'Save-SunoTrack (defaults)' } 'save16' { 'Save-SunoTrack -ThrottleLimit 16 (for the profile)' } }
            'Wall, median (s)'        = Format-Number $x.Seconds '0.00'
            'MiB/s'                   = Format-Number $x.MBps '0'
            'vs curl'                 = Format-Ratio ($x.MBps / $curl.MBps)
            'Peak working set (MiB)'  = Format-Number $x.Peak '0'
            'Samples (s)'             = $x.Samples
        }
    }
}
$wav = $summary['wav|save']; $stems = $summary['stems|save']
$wavRatio = $wav.MBps / $summary['wav|curl'].MBps; $stemRatio = $stems.MBps / $summary['stems|curl'].MBps
$peak = [math]::Max($wav.Peak, $stems.Peak)
$flat = $wav.Peak - $smallSave.Peak
$met = ($wavRatio -ge 0.9) -and ($stemRatio -ge 0.9) -and ($peak * 1MB -le 150e6) -and ($flat * 1MB -le 20e6)
$misses = @(
    if ($wavRatio -lt 0.9 -or $stemRatio -lt 0.9) {
        # Each file waits the latency for its first byte: the time per file says how many were in flight on average.
        ('with {0} ms to each file''s first byte, throughput is set by how many files are in flight (curl keeps up to 50): the 40 WAVs took {1} s against curl''s {2} s ({5} curl), the 120 stems {3} s against {4} s ({6} curl), that is {7} ms a stem, as if {8} stems were in flight at a time (at {0} ms each and no transfer time at all)' -f
            $LatencyMs, (Format-Number $wav.Seconds '0.00'), (Format-Number $summary['wav|curl'].Seconds '0.00'), (Format-Number $stems.Seconds '0.00'), (Format-Number $summary['stems|curl'].Seconds '0.00'),
            (Format-Ratio $wavRatio), (Format-Ratio $stemRatio), (Format-Number (1000 * $stems.Seconds / 120) '0.0'), (Format-Number (120 * $LatencyMs / 1000 / $stems.Seconds) '0.0'))
        # The profile: the same stems with 16 at once from the first file, in the same rounds.
        $sixteen = $summary['stems|save16']
        if ($stemRatio -lt 0.9) { ('the default starts 4 files at once and doubles the number after each round whose throughput grew (4, 8, 16, then 32), so the first 28 stems go out in three rounds of at least {0} ms each, where curl starts all 50 at once; with -ThrottleLimit 16 (16 from the first file, never more) the same stems took {1} s = {2} curl: the ramp costs {3} of the {4} s gap, the rest is the work per file on this 2-core machine (curl only writes bytes; Save-SunoTrack also verifies every file and writes it under a temporary name first). We keep the start at 4, the old default: a host we know nothing of sees no more new requests at once than it answered the round before' -f
            $LatencyMs, (Format-Number $sixteen.Seconds '0.00'), (Format-Ratio ($sixteen.MBps / $summary['stems|curl'].MBps)), $(if ($stems.Seconds - $sixteen.Seconds -ge 0.02) { (Format-Number ($stems.Seconds - $sixteen.Seconds) '0.00') + ' s' } else { 'nothing measurable' }), (Format-Number ($stems.Seconds - $summary['stems|curl'].Seconds) '0.00')) }
    }
    if ($peak * 1MB -gt 150e6) { 'the peak working set of {0} MiB ({1} MB) is above 150 MB; a pwsh that has imported SunoPS and read one task already holds about 115 MiB' -f (Format-Number $peak '0'), (Format-Number ($peak * 1MB / 1e6) '0') }
    if ($flat * 1MB -gt 20e6) { 'the peak grows with the file size: {0} MiB for 40 MiB WAVs against {1} MiB for 4 MiB ones' -f (Format-Number $wav.Peak '0'), (Format-Number $smallSave.Peak '0') }
)

[pscustomobject]@{
    Key      = 'FamilySave'
    Title    = 'Saving WAV files and stems (50 ms to first byte)'
    Rows     = @(
        New-BenchRow -Benchmark "Save 40 WAV files of 40 MiB and 10 separations of 12 stems, defaults, $LatencyMs ms to first byte" `
            -ComparedWith ('`curl --parallel`: WAVs {0} MiB/s, stems {1} MiB/s' -f (Format-Number $summary['wav|curl'].MBps '0'), (Format-Number $summary['stems|curl'].MBps '0')) `
            -Measured ('`Save-SunoTrack` WAVs {0} MiB/s = {1} curl, stems {2} MiB/s = {3} curl; peak working set {4} MiB (40 MiB WAVs) / {5} MiB (4 MiB WAVs) / {6} MiB (stems)' -f
                (Format-Number $wav.MBps '0'), (Format-Ratio $wavRatio), (Format-Number $stems.MBps '0'), (Format-Ratio $stemRatio),
                (Format-Number $wav.Peak '0'), (Format-Number $smallSave.Peak '0'), (Format-Number $stems.Peak '0')) `
            -Target '≥ 0.9× curl; peak working set flat in file size (≤ 150 MB)' -Met $met -Why (($misses -join '; ') + '.')
    )
    Details  = @(
        "40 WAV files of $(Format-Number ($summary['wav|save'].Bytes / 40 / 1MB) '0.0') MiB ($(Format-Number ($summary['wav|save'].Bytes / 1MB) '0') MiB in all) and 120 stems of $(Format-Number ($summary['stems|save'].Bytes / 120 / 1MB) '0.0') MiB ($(Format-Number ($summary['stems|save'].Bytes / 1MB) '0') MiB), into an emptied folder each time (after a ``sync``, so no run pays for the last one's writes); every file request answered after $LatencyMs ms; $Rounds rounds, the ways alternated, after an unmeasured warm-up."
        "Save-SunoTrack runs with its defaults in a fresh pwsh that reads the tasks first (untimed); its peak working set is that pwsh's VmHWM, pwsh and SunoPS included. The same save of 40 WAVs of 4 MiB peaked at $(Format-Number $smallSave.Peak '0') MiB ($(Format-Number $smallSave.Seconds '0.00') s)."
        "curl's peak is its maximum resident set size from /usr/bin/time."
        ''
        ConvertTo-MarkdownTable @($table)
        ''
        $(if ($misses.Count) { 'Why the target is missed: ' + ($misses -join '; ') + '.' } else { 'The target is met.' })
    )
    Commands = @(
        "# emulator: --split-stems 12; seeds: {family: wav, count: 40, trackSeconds: $(Format-Number $bigWavSeconds '0.0')}, {family: separation, count: 10, trackSeconds: $stemSeconds}"
        "# latency: POST /_emulator/faults {""target"":""files"",""kind"":""delay"",""delayMs"":$LatencyMs,""count"":-1}"
        '/usr/bin/time -f %M curl --silent --show-error --no-progress-meter --fail --parallel --create-dirs --config curl.config   # url = …/output = … per file'
        ($probeText -replace [regex]::Escape($manifest), 'out/SunoPS/SunoPS.psd1' -replace [regex]::Escape($Work), 'bench/work' -replace "'bench/work/[a-z]+-ids.txt'", "'ids.txt'" -replace 'Family (Wav|Separation)', 'Family Wav   # or Separation')
    )
}
