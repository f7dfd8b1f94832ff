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
param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $Work, [int] $Rounds = 2)

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
        'curl --parallel'          = { & curl --silent --show-error --fail --parallel --create-dirs --config $curlConfig; if ($LASTEXITCODE) { throw "curl failed ($LASTEXITCODE)" } }
        'Save-SunoTrack'           = { $null = $tasks | Save-SunoTrack -Path $folder }
        'Save-SunoTrack -NoTag'    = { $null = $tasks | Save-SunoTrack -Path $folder -NoTag }
        'Invoke-WebRequest loop'   = {
            New-Item -ItemType Directory -Force $folder | Out-Null
            foreach ($t in $tracks) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile (Join-Path $folder "$($t.Id).mp3") }
        }
    }

    $samples = [Collections.Generic.List[object]]::new()
    foreach ($round in 1..$Rounds) {
        foreach ($name in $ways.Keys) {
            Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
            [GC]::Collect()
            $m = Measure-Work $ways[$name]
            $files = @(Get-ChildItem $folder -Filter *.mp3)
            $bytes = ($files | Measure-Object -Property Length -Sum).Sum
            if ($files.Count -ne 200) { throw "$name saved $($files.Count) files, not 200." }
            $samples.Add([pscustomobject]@{ Way = $name; WallMs = $m.WallMs; CpuMs = $m.CpuMs; Bytes = [double]$bytes })
        }
    }
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
}
finally {
    Stop-SunoTestEmulator $emulator
}

$summary = @{}
foreach ($name in $ways.Keys) {
    $of = @($samples | Where-Object Way -eq $name)
    $wall = Get-Median @($of.WallMs)
    $summary[$name] = [pscustomobject]@{
        Way = $name; WallMs = $wall; CpuMs = Get-Median @($of.CpuMs); Bytes = $of[0].Bytes
        MBps = ($of[0].Bytes / 1MB) / ($wall / 1000)
    }
}
$curl = $summary['curl --parallel']; $suno = $summary['Save-SunoTrack']; $noTag = $summary['Save-SunoTrack -NoTag']; $loop = $summary['Invoke-WebRequest loop']
$vsCurl = $suno.MBps / $curl.MBps
$vsLoop = $suno.MBps / $loop.MBps

$table = foreach ($name in $ways.Keys) {
    $s = $summary[$name]
    [pscustomobject]@{
        'Way'                  = $name
        'Wall, median (s)'     = Format-Number ($s.WallMs / 1000) '0.00'
        'MiB/s'                = Format-Number $s.MBps '0'
        'vs curl'              = Format-Ratio ($s.MBps / $curl.MBps)
        'vs the loop'          = Format-Ratio ($s.MBps / $loop.MBps)
        'CPU of this process (s)' = if ($name -like 'curl*') { '— (curl is its own process)' } else { Format-Number ($s.CpuMs / 1000) '0.00' }
        'Samples (s)'          = (@($samples | Where-Object Way -eq $name) | ForEach-Object { Format-Number ($_.WallMs / 1000) '0.00' }) -join ', '
    }
}

[pscustomobject]@{
    Key      = 'Save'
    Title    = 'Saving 200 tracks'
    Rows     = @(
        New-BenchRow -Benchmark 'Save 200 tracks of 4 MiB (`$tasks | Save-SunoTrack -Path`)' `
            -ComparedWith ('`curl --parallel` {0} MiB/s; `Invoke-WebRequest -OutFile` loop {1} MiB/s' -f (Format-Number $curl.MBps '0'), (Format-Number $loop.MBps '0')) `
            -Measured ('{0} MiB/s verified and tagged = {1} curl, {2} the loop (-NoTag: {3} MiB/s = {4} curl)' -f
                (Format-Number $suno.MBps '0'), (Format-Ratio $vsCurl), (Format-Ratio $vsLoop), (Format-Number $noTag.MBps '0'), (Format-Ratio ($noTag.MBps / $curl.MBps))) `
            -Target '≥ 0.8× curl''s throughput, ≥ 3× the loop' -Met (($vsCurl -ge 0.8) -and ($vsLoop -ge 3))
    )
    Details  = @(
        "$Rounds rounds, the four ways alternated in each; 200 files, $(Format-Number ($curl.Bytes / 1MB) '0') MiB in all, into an emptied folder each time."
        'curl runs with its default parallelism (50 transfers); Save-SunoTrack with its default -ThrottleLimit 4.'
        ''
        ConvertTo-MarkdownTable @($table)
    )
    Commands = @(
        'curl --silent --show-error --fail --parallel --create-dirs --config curl.config   # url = …/output = … per track'
        '$tasks | Save-SunoTrack -Path ./tracks'
        '$tasks | Save-SunoTrack -Path ./tracks -NoTag'
        'foreach ($t in $tasks.Tracks) { Invoke-WebRequest -Uri $t.AudioUrl -OutFile "./tracks/$($t.Id).mp3" }'
    )
}
