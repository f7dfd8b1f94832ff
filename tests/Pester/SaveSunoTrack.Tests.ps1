# Save-SunoTrack as a user runs it: the built module against the emulator on loopback.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = Join-Path $root 'out/SunoPS/SunoPS.psd1'
    Import-Module $script:modulePath -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    # Stages of minutes take well under a second; tracks are 2 s long (32 KB), so downloads are instant.
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-TestTask {
        param([string] $Status = 'SUCCESS', [double] $TrackSeconds = 2, [double[]] $FinishAfterSeconds)
        $body = @{ count = 1; trackSeconds = $TrackSeconds }
        if ($FinishAfterSeconds) { $body.finishAfterSeconds = $FinishAfterSeconds } else { $body.status = $Status }
        $ids = (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body $body).taskIds
        Get-SunoTask -TaskId $ids[0]
    }

    function Add-FileFault([hashtable] $Fault) {
        $Fault.target = 'files'
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body $Fault | Out-Null
    }

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'Save-SunoTrack' {
    BeforeEach {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Method Delete | Out-Null
    }

    It 'saves every track of the one-liner as a verified, tagged MP3' {
        $dir = New-TestFolder
        $files = New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask -PollIntervalSec 0.2 | Save-SunoTrack -Path $dir

        $files | Should -HaveCount 2
        $files | ForEach-Object {
            $_ | Should -BeOfType System.IO.FileInfo
            $_.SunoStatus | Should -Be 'Downloaded'
            $_.DirectoryName | Should -Be (Resolve-Path $dir).Path
            $_.Name | Should -BeLike ('* - ' + $_.SunoTrackId.Substring(0, 8) + '.mp3')
            $_.Length | Should -BeGreaterThan 30000
        }
        $task = Get-SunoTask -TaskId $files[0].SunoTaskId
        $files.SunoTrackId | Should -Be $task.Tracks.Id
        Get-ChildItem -Force $dir | Should -HaveCount 2 # no temporary files left

        $tagged = [TagLib.File]::Create($files[0].FullName)
        try {
            $tagged.Tag.Title | Should -Be $task.Tracks[0].Title
            $tagged.Tag.Comment | Should -BeLike "*$($task.TaskId)*"
            $tagged.Tag.Pictures | Should -HaveCount 1
        }
        finally { $tagged.Dispose() }
        (Get-EmulatorStats).fileRequestsWithAuthorization | Should -Be 0
    }

    It 'skips existing files and replaces them with -Force' {
        $dir = New-TestFolder
        $task = New-TestTask
        $first = $task | Save-SunoTrack -Path $dir
        Set-Content -Path $first[0].FullName -Value 'not music'

        $again = $task | Save-SunoTrack -Path $dir
        $again.SunoStatus | Should -Be @('Skipped', 'Skipped')
        Get-Content -Raw $first[0].FullName | Should -BeLike 'not music*'

        $forced = $task | Save-SunoTrack -Path $dir -Force
        $forced.SunoStatus | Should -Be @('Downloaded', 'Downloaded')
        $head = [IO.File]::ReadAllBytes($first[0].FullName)[0..2]
        [Text.Encoding]::ASCII.GetString($head) | Should -Be 'ID3'
        Get-ChildItem -Force $dir | Should -HaveCount 2
    }

    It 'saves into the current PowerShell location by default, and resolves PSDrive paths' {
        $name = [guid]::NewGuid().ToString('N')
        $null = New-Item -ItemType Directory "TestDrive:\$name"
        $task = New-TestTask
        Push-Location "TestDrive:\$name"
        try { $out = $task | Save-SunoTrack }
        finally { Pop-Location }
        $out.DirectoryName | Should -Be @((Join-Path $TestDrive $name), (Join-Path $TestDrive $name))

        $out = $task | Save-SunoTrack -Path "TestDrive:\$name\sub"
        $out.DirectoryName | Should -Be @((Join-Path $TestDrive $name 'sub'), (Join-Path $TestDrive $name 'sub'))
    }

    It 'writes nothing with -WhatIf' {
        $dir = New-TestFolder
        $filesBefore = (Get-EmulatorStats).filesRequests

        $out = New-TestTask | Save-SunoTrack -Path $dir -WhatIf

        $out | Should -BeNullOrEmpty
        Test-Path $dir | Should -BeFalse
        (Get-EmulatorStats).filesRequests | Should -Be $filesBefore
    }

    It 'saves a single track to -LiteralPath, creating its folder' {
        $task = New-TestTask
        $file = Join-Path (New-TestFolder) 'my [song].mp3'

        $out = $task.Tracks[1] | Save-SunoTrack -LiteralPath $file

        $out.FullName | Should -Be $file
        $out.SunoTrackId | Should -Be $task.Tracks[1].Id
        Test-Path -LiteralPath $file | Should -BeTrue
    }

    It 'refuses a second track for -LiteralPath' {
        $file = Join-Path (New-TestFolder) 'one.mp3'

        $out = New-TestTask | Save-SunoTrack -LiteralPath $file -ErrorVariable errs -ErrorAction SilentlyContinue

        $out | Should -HaveCount 1
        $errs | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
    }

    It 'names files by -FileNameTemplate and rejects unknown tokens' {
        $dir = New-TestFolder
        $task = New-TestTask

        $out = Save-SunoTrack -TaskId $task.TaskId -Path $dir -FileNameTemplate '{Index} {ShortId} {Model}'

        $out.Name | Should -Be @(
            "1 $($task.Tracks[0].Id.Substring(0, 8)) V5.mp3"
            "2 $($task.Tracks[1].Id.Substring(0, 8)) V5.mp3")
        { $task | Save-SunoTrack -Path $dir -FileNameTemplate '{Artist}' } |
            Should -Throw -ErrorId 'SunoInvalidRequest,SunoPS.Cmdlets.SaveSunoTrackCommand'
    }

    It 'keeps hostile titles inside the folder' {
        $dir = New-TestFolder
        $out = New-SunoMusic -Title '..\../CON: a/b?' -Style 'lo-fi' -Prompt 'la la' |
            Wait-SunoTask -PollIntervalSec 0.2 | Save-SunoTrack -Path $dir

        $out | Should -HaveCount 2
        $out | ForEach-Object {
            $_.DirectoryName | Should -Be (Resolve-Path $dir).Path
            $_.Name | Should -BeLike '_.._CON_ a_b_ - *.mp3'
        }
    }

    It 'reports an unfinished task as SunoTaskNotComplete, and -Wait waits for it' {
        $dir = New-TestFolder
        $pending = New-TestTask -Status PENDING

        $pending | Save-SunoTrack -Path $dir -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotComplete,*'
        $errs[0].Exception.Message | Should -BeLike '*Wait-SunoTask*'
        $errs[0].TargetObject | Should -Be $pending.TaskId

        $soon = New-TestTask -FinishAfterSeconds 40 # 0.2 s at speed 200
        $soon.Status | Should -Not -Be 'SUCCESS'
        $out = $soon | Save-SunoTrack -Path $dir -Wait -PollIntervalSec 0.1
        $out.SunoStatus | Should -Be @('Downloaded', 'Downloaded')
    }

    It 'reports a failed download as non-terminating SunoDownloadFailed, terminating with -ErrorAction Stop' {
        $dir = New-TestFolder
        $task = New-TestTask
        # Aimed at the first track's audio: covers are fetched alongside and would otherwise take the fault.
        $audioPath = ([uri]$task.Tracks[0].AudioUrl).AbsolutePath
        Add-FileFault @{ kind = 'httpStatus'; code = 400; count = 1; pathPrefix = $audioPath }

        $out = $task | Save-SunoTrack -Path $dir -ErrorVariable errs -ErrorAction SilentlyContinue

        $out | Should -HaveCount 1
        $errs | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'SunoDownloadFailed,*'
        $errs[0].TargetObject | Should -BeIn $task.Tracks.AudioUrl
        $errs[0].Exception.Message | Should -BeLike '*HTTP 400*'

        Add-FileFault @{ kind = 'httpStatus'; code = 400; count = -1 }
        { $task | Save-SunoTrack -Path (New-TestFolder) -ErrorAction Stop } |
            Should -Throw -ErrorId 'SunoDownloadFailed,SunoPS.Cmdlets.SaveSunoTrackCommand'
    }

    It 'renews expired file URLs from the task record' {
        $dir = New-TestFolder
        $task = New-TestTask
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path expire-files -Body @{ taskId = $task.TaskId; code = 441 } | Out-Null

        $out = $task | Save-SunoTrack -Path $dir -IncludeCover -IncludeMetadata

        $out.SunoStatus | Should -Be @('Downloaded', 'Downloaded')
        (Get-ChildItem $dir -Filter *.jpg) | Should -HaveCount 2
        $out | ForEach-Object {
            $_.SunoCoverPath | Should -Exist
            $_.SunoCoverPath | Should -BeLike '*.jpg'
            $_.SunoMetadataPath | Should -Exist
        }
        $json = Get-Content -Raw (Get-ChildItem $dir -Filter *.json | Select-Object -First 1).FullName | ConvertFrom-Json
        $json.TaskId | Should -Be $task.TaskId
    }

    It 'downloads many tracks in parallel, writes them in input order and shows progress' {
        $dir = New-TestFolder
        $ids = (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body @{ count = 4; status = 'SUCCESS'; trackSeconds = 4 }).taskIds
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($Module, $Key, $Uri, $Ids, $Dir)
                    Import-Module $Module
                    Set-SunoApiKey -ApiKey $Key -BaseUri $Uri
                    $ProgressPreference = 'Continue'
                    $Ids | Save-SunoTrack -Path $Dir -ThrottleLimit 3
                }).AddArgument($script:modulePath).AddArgument($script:emu.Key).AddArgument($script:emu.ApiUri).AddArgument($ids).AddArgument($dir)
            $out = $ps.Invoke()

            $ps.Streams.Error | Should -BeNullOrEmpty
            $out | Should -HaveCount 8
            $out.SunoTaskId | Should -Be ($ids | ForEach-Object { $_; $_ })
            $out.SunoStatus | Sort-Object -Unique | Should -Be 'Downloaded'
            $progress = $ps.Streams.Progress | Where-Object Activity -EQ 'Saving Suno tracks'
            $progress | Should -Not -BeNullOrEmpty
            $progress[-1].RecordType | Should -Be 'Completed'
            ($progress | Where-Object StatusDescription -Like '* of 8 files, * MB') | Should -Not -BeNullOrEmpty
        }
        finally { $ps.Dispose() }
    }

    It 'leaves no partial files when the pipeline is stopped mid-download' {
        $dir = New-TestFolder
        $task = New-TestTask -TrackSeconds 60 # about 1 MB each
        Add-FileFault @{ kind = 'slow'; bytesPerSecond = 50000; count = -1 }

        $ps = Stop-SunoSaveMidDownload -ModulePath $script:modulePath -Emulator $script:emu -Folder $dir -Arguments @{ TaskId = $task.TaskId }
        try {
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            Get-ChildItem -Force $dir | Should -BeNullOrEmpty
        }
        finally { $ps.Dispose() }
    }

    It 'saves the tracks of a CALLBACK_EXCEPTION task (only the callback failed), with a warning' {
        $dir = New-TestFolder
        $body = @{ count = 1; trackSeconds = 2; prompt = 'A song [callback-fail]'; finishAfterSeconds = @(0) }
        $id = (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body $body).taskIds[0]
        $task = Get-SunoTask -TaskId $id
        $task.Status | Should -Be 'CALLBACK_EXCEPTION'

        $out = $task | Save-SunoTrack -Path $dir -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable errs -ErrorAction SilentlyContinue

        $errs | Should -BeNullOrEmpty
        $out.SunoStatus | Should -Be @('Downloaded', 'Downloaded')
        $warnings | Should -HaveCount 1
        "$($warnings[0])" | Should -BeLike "*$id*CALLBACK_EXCEPTION*saved anyway*"
    }

    It 'reports a task that failed without audio as SunoTaskFailed, with its id as TargetObject' {
        $body = @{ count = 1; prompt = 'A song [fail]'; finishAfterSeconds = @(0) }
        $id = (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body $body).taskIds[0]

        $id | Save-SunoTrack -Path (New-TestFolder) -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $errs | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
        $errs[0].TargetObject | Should -Be $id
        $errs[0].Exception.Target.Status | Should -Be 'GENERATE_AUDIO_FAILED'
        $errs[0].Exception.Message | Should -Match '\. It has no files to save\.$'
    }

    It 'takes a -Path wildcard that matches one folder, a bracketed new name as it is, and refuses a * that matches nothing' {
        $task = New-TestTask
        $root = New-TestFolder
        $null = New-Item -ItemType Directory (Join-Path $root 'albums-2026')

        $out = $task | Save-SunoTrack -Path (Join-Path $root 'albums-*')
        $out | ForEach-Object { $_.DirectoryName | Should -Be (Join-Path $root 'albums-2026') }

        $out = $task | Save-SunoTrack -Path (Join-Path $root 'Songs [x]')
        $out | ForEach-Object { $_.Directory.Name | Should -Be 'Songs [x]' }

        { $task | Save-SunoTrack -Path (Join-Path $root 'nothing-*') -ErrorAction Stop } |
            Should -Throw -ErrorId 'SunoInvalidRequest,SunoPS.Cmdlets.SaveSunoTrackCommand'
        $null = New-Item -ItemType Directory (Join-Path $root 'albums-2027')
        { $task | Save-SunoTrack -Path (Join-Path $root 'albums-*') -ErrorAction Stop } |
            Should -Throw -ErrorId 'SunoInvalidRequest,SunoPS.Cmdlets.SaveSunoTrackCommand'
        Test-Path (Join-Path $root 'nothing-*') | Should -BeFalse
    }

    It 'writes each file as Get-Item gives it, so the default file view shows it whole' {
        $dir = New-TestFolder
        $out = New-TestTask | Save-SunoTrack -Path $dir

        foreach ($file in $out) {
            $file.PSChildName | Should -Be $file.Name
            $file.PSParentPath | Should -Not -BeNullOrEmpty
            $file.SunoStatus | Should -Be 'Downloaded'
            if (-not $IsWindows) { $file.UnixMode | Should -Match '^-r' }
        }
        ($out | Out-String) | Should -Match 'Directory:'
    }

    It 'shows status, size, track id and name, and says how many were skipped and why' {
        $dir = New-TestFolder
        $task = New-TestTask
        $first = $task | Save-SunoTrack -Path $dir -InformationVariable saved -WarningVariable noWarning
        $again = $task | Save-SunoTrack -Path $dir -InformationVariable skipped -WarningVariable warned

        $table = ($again | Out-String -Width 80) -split "`n"
        $table | Where-Object { $_ -match '^Status\s+Size\s+TrackId\s+Name' } | Should -HaveCount 1
        foreach ($file in $again) {
            $table | Where-Object { $_ -match ('^Skipped\s+\d+ KB\s+' + [regex]::Escape($file.SunoTrackId)) } | Should -HaveCount 1
        }
        ($first | Out-String -Width 80) | Should -Match 'Downloaded'
        $noWarning | Should -BeNullOrEmpty
        "$($saved | Where-Object Tags -contains 'Saved')" | Should -Match '^Saved 2 files \(0\.\d MB\)\.$'
        "$($skipped | Where-Object Tags -contains 'Saved')" | Should -Be 'Saved 0 files (0.0 MB); skipped 2 files that were already there (-Force downloads them again).'
        "$warned" | Should -Be 'Skipped 2 files that were already there (-Force downloads them again).'
    }

    It 'saves another track under a free name when the planned one holds a different track, and skips it the next time' {
        $dir = New-TestFolder
        $one = (New-TestTask).Tracks[0]
        $two = (New-TestTask).Tracks[0]
        # Both tracks have the same model, so the template gives them the same name.
        $first = $one | Save-SunoTrack -Path $dir -FileNameTemplate '{Model}'
        $free = $first.BaseName + ' (2)' + $first.Extension

        $beside = $two | Save-SunoTrack -Path $dir -FileNameTemplate '{Model}'
        $again = $two | Save-SunoTrack -Path $dir -FileNameTemplate '{Model}' -WarningAction SilentlyContinue

        ($beside.Name, $beside.SunoStatus) | Should -Be @($free, 'Downloaded')
        ($again.Name, $again.SunoStatus) | Should -Be @($free, 'Skipped')
        (Get-ChildItem $dir).Name | Sort-Object | Should -Be (@($first.Name, $free) | Sort-Object)
        $first.Refresh(); $first.Length | Should -BeGreaterThan 30000 # the other track's file is kept as it was
    }

    It 'refuses -TaskId '''' with SunoInvalidRequest, as Get-SunoTask does' {
        $dir = New-TestFolder
        Save-SunoTrack -TaskId '' -Path $dir -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'SunoInvalidRequest,SunoPS.Cmdlets.SaveSunoTrackCommand'
        Get-SunoTask -TaskId '' -ErrorVariable getErrs -ErrorAction SilentlyContinue | Out-Null
        ($getErrs[0].FullyQualifiedErrorId -split ',')[0] | Should -Be 'SunoInvalidRequest'
    }

    It 'saves tracks with a repeated or empty id once per URL, with a warning' -TestCases @(@{ Id = 'dup-track' }, @{ Id = '' }) {
        param($Id)
        $real = New-TestTask
        $tracks = foreach ($t in $real.Tracks) {
            @{ id = $Id; audio_url = $t.AudioUrl; stream_audio_url = $t.StreamAudioUrl; image_url = $t.ImageUrl; title = 'Same'; duration = $t.Duration }
        }
        $tracks = @($tracks) + @($tracks[0]) # the same URL twice is one file
        $body = @{ code = 200; msg = 'ok'; data = @{ callbackType = 'complete'; task_id = $real.TaskId; data = $tracks } } | ConvertTo-Json -Depth 6
        $dir = New-TestFolder

        $files = ConvertFrom-SunoCallback -InputObject $body | Save-SunoTrack -Path $dir -NoTag -WarningVariable warns -WarningAction SilentlyContinue

        @($files | Where-Object SunoStatus -eq 'Downloaded').Count | Should -Be $real.Tracks.Count
        @(Get-ChildItem $dir -Filter *.mp3).Count | Should -Be $real.Tracks.Count
        ($warns -join ' ') | Should -Match 'name of its own'
    }
}
