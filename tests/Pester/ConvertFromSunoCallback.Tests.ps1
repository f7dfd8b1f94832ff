# Callbacks end to end, as a runbook gets them: the emulator posts to a webhook listener on loopback, the body goes
# through ConvertFrom-SunoCallback into Save-SunoTrack, as text and as an Azure Automation $WebhookData.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    $script:emu = Start-SunoTestEmulator -Arguments '--speed', '200', '--track-seconds', '2'
    Set-SunoApiKey -ApiKey $script:emu.Key -BaseUri $script:emu.ApiUri

    function New-TestFolder { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }

    # A webhook on a free loopback port. Each callback waits for its answer (the emulator allows 15 s), so the test
    # takes them one by one and answers 200, and the emulator then posts the next stage.
    function Start-Webhook {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        $port = $probe.LocalEndpoint.Port
        $probe.Stop()
        $listener = [System.Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/hook/")
        $listener.Start()
        $listener
    }

    function Receive-Callback([System.Net.HttpListener] $Listener) {
        $next = $Listener.GetContextAsync()
        if (-not $next.Wait([TimeSpan]::FromSeconds(60))) { throw 'No callback arrived.' }
        $context = $next.Result
        $reader = [IO.StreamReader]::new($context.Request.InputStream, [Text.Encoding]::UTF8)
        $body = $reader.ReadToEnd()
        $reader.Dispose()
        $context.Response.StatusCode = 200
        $context.Response.Close()
        [pscustomobject]@{
            Method      = $context.Request.HttpMethod
            ContentType = $context.Request.ContentType
            HasKey      = [bool]$context.Request.Headers['Authorization']
            Body        = $body
        }
    }

    # Submits a generation whose callbacks go to the webhook and returns its three callbacks, in order.
    function Get-MusicCallbacks([string] $Prompt = 'A calm piano track') {
        $listener = Start-Webhook
        try {
            $hook = $listener.Prefixes | Select-Object -First 1
            $task = New-SunoMusic -Prompt $Prompt -CallbackUri $hook
            $callbacks = 1..3 | ForEach-Object { Receive-Callback $listener }
            [pscustomobject]@{ Task = $task; Callbacks = $callbacks; Hook = $hook }
        }
        finally {
            $listener.Close()
        }
    }

    function Assert-SavedMp3s($Files, $Folder) {
        $Files | Should -HaveCount 2
        foreach ($file in $Files) {
            $file.Extension | Should -Be '.mp3'
            $file.SunoStatus | Should -Be 'Downloaded'
            $bytes = [IO.File]::ReadAllBytes($file.FullName)
            [Text.Encoding]::ASCII.GetString($bytes, 0, 3) | Should -Be 'ID3' # tagged after the duration check passed
        }
        Get-ChildItem -Force $Folder | Should -HaveCount 2 # nothing temporary left
    }

    # The emulator's callback log for one task (the control endpoint answers one JSON array).
    function Get-CallbackLog([string] $TaskId) {
        $all = Invoke-SunoEmulatorControl -Emulator $script:emu -Path callbacks -Method Get
        foreach ($delivery in $all) { if ($delivery.taskId -eq $TaskId) { $delivery } }
    }

    function Get-RecordReads([string] $RecordPath = '/api/v1/generate/record-info') {
        $stats = Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get
        $reads = $stats.requestsByPath.$RecordPath
        if ($reads) { $reads } else { 0 }
    }

    # The record reads of every family but music, summed: a save from a callback makes none.
    function Get-FamilyRecordReads {
        $paths = '/api/v1/vocal-removal/record-info', '/api/v1/midi/record-info', '/api/v1/suno/cover/record-info'
        ($paths | ForEach-Object { Get-RecordReads $_ } | Measure-Object -Sum).Sum
    }

    # What Azure Automation hands a runbook started by the webhook the API posted to.
    function New-WebhookData([string] $Body) {
        [pscustomobject]@{
            WebhookName   = 'suno-done'
            RequestBody   = $Body
            RequestHeader = [pscustomobject]@{ 'Content-Type' = 'application/json'; 'User-Agent' = 'emulator' }
        }
    }
}

AfterAll {
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'ConvertFrom-SunoCallback' {
    It 'receives the text, first and complete callbacks of New-SunoMusic -CallbackUri and saves the tracks from the last' {
        $got = Get-MusicCallbacks
        $got.Callbacks | ForEach-Object { $_.Method | Should -Be 'POST'; $_.ContentType | Should -BeLike 'application/json*'; $_.HasKey | Should -BeFalse }
        $stages = $got.Callbacks | ForEach-Object { ($_.Body | ConvertFrom-Json).data.callbackType }
        $stages | Should -Be @('text', 'first', 'complete')

        $task = $got.Callbacks[2].Body | ConvertFrom-SunoCallback
        $task.TaskId | Should -Be $got.Task.TaskId
        $task.Family | Should -Be 'Music'
        $task.Status | Should -Be 'SUCCESS'
        $task.State | Should -Be 'Succeeded'
        $task.Tracks | Should -HaveCount 2

        $dir = New-TestFolder
        $reads = Get-RecordReads
        $files = $got.Callbacks[2].Body | ConvertFrom-SunoCallback | Save-SunoTrack -Path $dir
        Assert-SavedMp3s $files $dir
        Get-RecordReads | Should -Be $reads # saved from the callback, without polling

        # The emulator records the last answer a moment after the webhook sent it.
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        do { $log = Get-CallbackLog $got.Task.TaskId } while (($log.outcome -contains 'pending') -and [DateTime]::UtcNow -lt $deadline -and -not (Start-Sleep -Milliseconds 50))
        $log.stage | Should -Be @('text', 'first', 'complete')
        $log.outcome | Should -Be @('delivered', 'delivered', 'delivered')
    }

    It 'runs as an Azure Automation runbook: $WebhookData in, saved tracks out' {
        $got = Get-MusicCallbacks
        $runbook = {
            param($WebhookData, $Path)
            $WebhookData | ConvertFrom-SunoCallback | Save-SunoTrack -Path $Path
        }
        $WebhookData = [pscustomobject]@{
            WebhookName   = 'suno-done'
            RequestBody   = $got.Callbacks[2].Body
            RequestHeader = [pscustomobject]@{ 'Content-Type' = 'application/json'; 'User-Agent' = 'emulator' }
        }

        $dir = New-TestFolder
        Assert-SavedMp3s (& $runbook -WebhookData $WebhookData -Path $dir) $dir

        # Started from a webhook, a PowerShell 7 runbook gets $WebhookData as the JSON text of that object.
        $dir = New-TestFolder
        Assert-SavedMp3s (& $runbook -WebhookData ($WebhookData | ConvertTo-Json -Depth 5) -Path $dir) $dir
    }

    It 'turns a text stage callback into a running task that Wait-SunoTask finishes' {
        $got = Get-MusicCallbacks
        $running = $got.Callbacks[0].Body | ConvertFrom-SunoCallback
        $running.Status | Should -Be 'TEXT_SUCCESS'
        $running.State | Should -Be 'Running'

        $done = $running | Wait-SunoTask -PollIntervalSec 0.1
        $done.State | Should -Be 'Succeeded'
        $done.Tracks | Should -HaveCount 2
    }

    It 'reads a failure callback as a failed task with its code and message' {
        $listener = Start-Webhook
        try {
            $task = New-SunoMusic -Prompt 'A song that will [fail]' -CallbackUri ($listener.Prefixes | Select-Object -First 1)
            $null = Receive-Callback $listener # text
            $failed = (Receive-Callback $listener).Body | ConvertFrom-SunoCallback
        }
        finally {
            $listener.Close()
        }
        $failed.TaskId | Should -Be $task.TaskId
        $failed.State | Should -Be 'Failed'
        $failed.Status | Should -Be 'GENERATE_AUDIO_FAILED'
        $failed.ErrorCode | Should -Be 501
        $failed.ErrorMessage | Should -Be 'Audio generation failed'
    }

    It 'receives the WAV callback and saves the WAV from it' {
        $music = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.1
        $listener = Start-Webhook
        try {
            $null = $music.Tracks[0] | ConvertTo-SunoWav -CallbackUri ($listener.Prefixes | Select-Object -First 1)
            $body = (Receive-Callback $listener).Body
        }
        finally {
            $listener.Close()
        }
        $dir = New-TestFolder
        $file = $body | ConvertFrom-SunoCallback | Save-SunoTrack -Path $dir
        $file.Extension | Should -Be '.wav'
        [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($file.FullName), 0, 4) | Should -Be 'RIFF'
    }

    It 'runs a runbook on the callbacks of a SplitStem separation and of its MIDI: stems and a .mid saved from the callbacks alone' {
        $track = New-SunoMusic -Prompt 'A funky bass groove' -Wait -PollIntervalSec 0.1 | ForEach-Object { $_.Tracks[0] }
        $runbook = {
            param($WebhookData, $Path)
            $WebhookData | ConvertFrom-SunoCallback | Save-SunoTrack -Path $Path
        }
        $listener = Start-Webhook
        try {
            $hook = $listener.Prefixes | Select-Object -First 1
            $submitted = $track | Split-SunoTrack -Mode SplitStem -CallbackUri $hook
            $stemsCallback = Receive-Callback $listener
            # The separation the callback describes pipes on into MIDI, whose callback goes to the same webhook.
            $midiSubmitted = $stemsCallback.Body | ConvertFrom-SunoCallback | New-SunoMidi -CallbackUri $hook
            $midiCallback = Receive-Callback $listener
        }
        finally {
            $listener.Close()
        }
        $stemsCallback.HasKey | Should -BeFalse
        $midiCallback.HasKey | Should -BeFalse
        $info = ($stemsCallback.Body | ConvertFrom-Json).data.vocal_removal_info
        $info.origin_url | Should -Be ''
        $midiJson = $midiCallback.Body | ConvertFrom-Json
        $midiJson.task_id | Should -Be $midiSubmitted.TaskId # at the top level, as documented

        $split = $stemsCallback.Body | ConvertFrom-SunoCallback
        $split.TaskId | Should -Be $submitted.TaskId
        $split.Family | Should -Be 'Separation'
        $split.State | Should -Be 'Succeeded'
        $split.Outputs.StemName | Sort-Object | Should -Be @('Bass', 'Drums', 'Guitar', 'Keyboard', 'Vocals')

        $reads = Get-FamilyRecordReads
        $stemsDir = New-TestFolder
        $stems = & $runbook -WebhookData (New-WebhookData $stemsCallback.Body) -Path $stemsDir
        $stems | Should -HaveCount 5
        foreach ($file in $stems) {
            $file.Extension | Should -Be '.mp3'
            $file.SunoStatus | Should -Be 'Downloaded'
            $file.Length | Should -BeGreaterThan 1000
            [IO.File]::ReadAllBytes($file.FullName)[0] | Should -Be 0xFF # an MPEG frame
        }
        foreach ($stem in 'Bass', 'Drums', 'Guitar', 'Keyboard', 'Vocals') { @($stems.Name -match " - $stem - ") | Should -HaveCount 1 }
        Get-ChildItem -Force $stemsDir | Should -HaveCount 5 # nothing temporary left

        $midiDir = New-TestFolder
        # A PowerShell 7 runbook gets $WebhookData as JSON text.
        $mid = & $runbook -WebhookData (New-WebhookData $midiCallback.Body | ConvertTo-Json -Depth 5) -Path $midiDir
        $mid | Should -HaveCount 1
        $mid.Extension | Should -Be '.mid'
        $mid.SunoStatus | Should -Be 'Downloaded'
        [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($mid.FullName), 0, 4) | Should -Be 'MThd'
        $file = [NAudio.Midi.MidiFile]::new($mid.FullName, $true)
        $written = 0
        foreach ($t in 0..($file.Tracks - 1)) { $written += @($file.Events[$t] | Where-Object { $_ -is [NAudio.Midi.NoteOnEvent] -and $_.Velocity -gt 0 }).Count }
        $written | Should -Be (($midiJson.data.instruments | ForEach-Object { $_.notes.Count }) | Measure-Object -Sum).Sum
        $written | Should -BeGreaterThan 0
        $file.Tracks | Should -Be ($midiJson.data.instruments.Count + 1)

        Get-FamilyRecordReads | Should -Be $reads # saved from the callbacks, without reading a record
        Get-CallbackLog $submitted.TaskId | ForEach-Object { $_.family | Should -Be 'separation'; $_.stage | Should -Be 'complete' }
    }

    It 'receives the cover-art callback and saves its pictures from it' {
        $music = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.1
        $listener = Start-Webhook
        try {
            $submitted = $music | New-SunoCoverArt -CallbackUri ($listener.Prefixes | Select-Object -First 1)
            $body = (Receive-Callback $listener).Body
        }
        finally {
            $listener.Close()
        }
        ($body | ConvertFrom-Json).data.taskId | Should -Be $submitted.TaskId

        $reads = Get-FamilyRecordReads
        $dir = New-TestFolder
        $files = $body | ConvertFrom-SunoCallback | Save-SunoTrack -Path $dir
        $files | Should -HaveCount 2
        foreach ($file in $files) {
            $file.Extension | Should -Be '.png'
            [IO.File]::ReadAllBytes($file.FullName)[0..7] | Should -Be @(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)
        }
        Get-FamilyRecordReads | Should -Be $reads
    }

    It 'never calls the placeholder URL a task is submitted with when no -CallbackUri is given' {
        $task = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.1
        $log = Get-CallbackLog $task.TaskId
        $log.outcome | Should -Be 'skipped'
        $log.attempts | Should -BeNullOrEmpty
    }

    It 'writes SunoCallbackInvalid for a body that is not a callback and goes on with the next' {
        $good = '{"code":200,"msg":"success","data":{"audioWavUrl":"https://example.com/a.wav","task_id":"w1"}}'
        $out = '{"nothing":"here"}', $good | ConvertFrom-SunoCallback -ErrorVariable problems -ErrorAction SilentlyContinue
        $out.TaskId | Should -Be 'w1'
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'SunoCallbackInvalid,SunoPS.Cmdlets.ConvertFromSunoCallbackCommand'
        $problems[0].TargetObject | Should -Be '{"nothing":"here"}'
    }
}
