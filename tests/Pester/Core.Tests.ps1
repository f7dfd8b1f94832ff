# The core of SunoPS as a user runs it (issue 2): the built module in out/SunoPS against the emulator
# executable on loopback. One emulator for the file; /_emulator/reset between tests that count requests.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:modulePath = (Join-Path $root 'out/SunoPS/SunoPS.psd1')
    Import-Module (Join-Path $root 'tests/Support/SunoTestEmulator.psm1') -Force
    Import-Module $script:modulePath -Force

    # A key no message, object or stream may ever show; distinctive so a search cannot miss it.
    $script:key = 'sk-SunoPS-Pester-Zq7Xk2Lw9Vb4'
    # Generation stages of 10/30/120 emulated seconds take 17/50/200 ms.
    $script:emu = Start-SunoTestEmulator -Key $script:key -Arguments '--speed', '600', '--track-seconds', '5'

    function Use-TestKey {
        # Fresh session settings; fast retries so fault tests take milliseconds.
        Remove-SunoApiKey
        Set-SunoApiKey -ApiKey $script:key -BaseUri $script:emu.ApiUri -RetryIntervalSec 0.02
    }

    function Reset-Emulator { Invoke-SunoEmulatorControl -Emulator $script:emu -Path reset | Out-Null }

    function Get-EmulatorStats { Invoke-SunoEmulatorControl -Emulator $script:emu -Path stats -Method Get }

    function Get-RequestCount([string] $Path) {
        $byPath = (Get-EmulatorStats).requestsByPath
        if ($byPath.PSObject.Properties[$Path]) { [int]$byPath.$Path } else { 0 }
    }

    function Add-ApiFault([hashtable] $Fault) {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path faults -Body $Fault | Out-Null
    }

    function New-SeededTask([int] $Count = 1, [string] $Status = 'SUCCESS', [string] $Prompt) {
        $body = @{ count = $Count; status = $Status }
        if ($Prompt) { $body.prompt = $Prompt }
        (Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body $body).taskIds
    }

    function Get-CaughtError([scriptblock] $Script) {
        try { & $Script; $null } catch { $_ }
    }

    $script:savedKey = $env:SUNO_API_KEY
    $script:savedBase = $env:SUNO_API_BASE_URI
    Remove-Item Env:SUNO_API_KEY, Env:SUNO_API_BASE_URI -ErrorAction SilentlyContinue
    Use-TestKey
}

AfterAll {
    Remove-SunoApiKey
    if ($null -ne $script:savedKey) { $env:SUNO_API_KEY = $script:savedKey }
    if ($null -ne $script:savedBase) { $env:SUNO_API_BASE_URI = $script:savedBase }
    if ($script:emu) { $script:emu | Stop-SunoTestEmulator }
}

Describe 'Importing the module' {
    It 'imports in a fresh pwsh without a single warning, error or message' {
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
        $arguments += '-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$script:modulePath' -ErrorAction Stop *>&1; 'IMPORTED'; (Get-Command -Module SunoPS).Count"

        $output = & $exe @arguments 2>&1

        $LASTEXITCODE | Should -Be 0
        $output[0] | Should -Be 'IMPORTED'
        [int]$output[1] | Should -BeGreaterOrEqual 7
        $output | Should -HaveCount 2
    }

    It 'exports the cmdlets of the product' {
        $names = (Get-Command -Module SunoPS).Name
        foreach ($name in 'Set-SunoApiKey', 'Get-SunoApiKey', 'Remove-SunoApiKey', 'New-SunoMusic', 'Get-SunoTask', 'Wait-SunoTask', 'Get-SunoCredit') {
            $names | Should -Contain $name
        }
    }
}

Describe 'The API key for this session' {
    AfterEach {
        Remove-Item Env:SUNO_API_KEY, Env:SUNO_API_BASE_URI -ErrorAction SilentlyContinue
        Use-TestKey
    }

    It 'takes a SecureString' {
        Remove-SunoApiKey
        Set-SunoApiKey -ApiKey (ConvertTo-SecureString $script:key -AsPlainText -Force) -BaseUri $script:emu.ApiUri

        $info = Get-SunoApiKey
        $info.Source | Should -Be 'Session'
        $info.IsSet | Should -BeTrue
        $info.BaseUri | Should -Be $script:emu.ApiUri
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'takes a plain string and converts it' {
        Remove-SunoApiKey
        Set-SunoApiKey $script:key $script:emu.ApiUri

        (Get-SunoApiKey).Source | Should -Be 'Session'
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'shows the key only masked' {
        $info = Get-SunoApiKey
        $info.MaskedKey | Should -Be ('****' + $script:key.Substring($script:key.Length - 4))
        ($info | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($script:key))
        ($info | ConvertTo-Json) | Should -Not -Match ([regex]::Escape($script:key))
        "$info" | Should -Not -Match ([regex]::Escape($script:key))
    }

    It 'returns the settings with -PassThru' {
        $info = Set-SunoApiKey -ApiKey $script:key -BaseUri $script:emu.ApiUri -PassThru
        $info.Source | Should -Be 'Session'
        $info.MaskedKey | Should -BeLike '*Vb4'
    }

    It 'falls back to SUNO_API_KEY and SUNO_API_BASE_URI' {
        Remove-SunoApiKey
        $env:SUNO_API_KEY = $script:key
        $env:SUNO_API_BASE_URI = $script:emu.ApiUri.AbsoluteUri

        $info = Get-SunoApiKey
        $info.Source | Should -Be 'Environment'
        $info.BaseUri | Should -Be $script:emu.ApiUri
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'prefers the session key over the environment' {
        $env:SUNO_API_KEY = 'sk-not-this-one-000000000'
        (Get-SunoApiKey).Source | Should -Be 'Session'
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'forgets everything with Remove-SunoApiKey' {
        Remove-SunoApiKey

        $info = Get-SunoApiKey
        $info.Source | Should -Be 'None'
        $info.IsSet | Should -BeFalse
        $info.MaskedKey | Should -BeNullOrEmpty
        $info.BaseUri | Should -Be 'https://api.sunoapi.org/'
    }

    It 'says how to set a key when none is set, and sends nothing' {
        Reset-Emulator
        Remove-SunoApiKey

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoApiKeyMissing,*'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        "$err" | Should -Match 'Set-SunoApiKey'
        $err.ErrorDetails.RecommendedAction | Should -Match 'SUNO_API_KEY'
        (Get-EmulatorStats).apiRequests | Should -Be 0
    }

    It 'asks for -ApiKey where it cannot prompt, and refuses an empty key' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$script:modulePath'; Set-SunoApiKey; Set-SunoApiKey -ApiKey ''")
            $null = $ps.Invoke()
            $ps.Streams.Error | Should -HaveCount 2
            $ps.Streams.Error[0].FullyQualifiedErrorId | Should -BeLike 'SunoApiKeyMissing,*'
            "$($ps.Streams.Error[0])" | Should -Match '-ApiKey'
            $ps.Streams.Error[1].FullyQualifiedErrorId | Should -BeLike 'SunoApiKeyMissing,*'
        }
        finally { $ps.Dispose() }
    }

    It 'shows the connection settings in effect, defaults included' {
        Remove-SunoApiKey
        $defaults = Get-SunoApiKey
        $defaults.MaximumRetryCount | Should -Be 4
        $defaults.RetryIntervalSec | Should -Be 1
        $defaults.TimeoutSec | Should -Be 60
        ($defaults | Format-List * | Out-String) | Should -Match 'TimeoutSec\s*:\s*60'

        $info = Set-SunoApiKey -ApiKey $script:key -BaseUri $script:emu.ApiUri -TimeoutSec 30 -PassThru
        $info.MaximumRetryCount | Should -Be 4
        $info.RetryIntervalSec | Should -Be 1
        $info.TimeoutSec | Should -Be 30
    }

    It 'drops blanks around a key, and refuses a blank key or one that cannot be sent, never showing it' {
        Set-SunoApiKey -ApiKey ("  $($script:key)`r`n") -BaseUri $script:emu.ApiUri
        Get-SunoCredit | Should -BeGreaterThan 0

        $blank = Get-CaughtError { Set-SunoApiKey -ApiKey '   ' }
        $blank.FullyQualifiedErrorId | Should -BeLike 'SunoApiKeyMissing,*'

        foreach ($inside in "`n", ' ', [string][char]0xE9) {
            $bad = 'sk-Nv5Gt8Xa2' + $inside + 'Bm7Kr4Ps'
            $err = Get-CaughtError { Set-SunoApiKey -ApiKey $bad }
            $err.FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
            $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
            ($err | Format-List * -Force | Out-String) | Should -Not -Match 'Nv5Gt8|Bm7Kr4'
        }

        (Get-SunoApiKey).MaskedKey | Should -BeLike '*Vb4'   # the key in effect is kept
        Get-SunoCredit | Should -BeGreaterThan 0
    }

    It 'fails at once, sending nothing, when SUNO_API_KEY cannot be sent' {
        Reset-Emulator
        Remove-SunoApiKey
        $env:SUNO_API_BASE_URI = $script:emu.ApiUri.AbsoluteUri
        foreach ($inside in "`n", [string][char]0xF1) {
            $env:SUNO_API_KEY = 'sk-Wc6Hn1Zs9' + $inside + 'Qe3Tf8Ly'

            $err = Get-CaughtError { Get-SunoCredit -ErrorAction Stop }

            $err.FullyQualifiedErrorId | Should -BeLike 'SunoAuthenticationFailed,*'
            "$err" | Should -Match 'SUNO_API_KEY'
            ($err | Format-List * -Force | Out-String) | Should -Not -Match 'Wc6Hn1|Qe3Tf8'
        }
        (Get-EmulatorStats).apiRequests | Should -Be 0
    }

    It 'refuses a base URI that is not http or https' {
        $err = Get-CaughtError { Set-SunoApiKey -ApiKey $script:key -BaseUri 'ftp://example.org/' }
        $err.FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        (Get-SunoApiKey).BaseUri | Should -Be $script:emu.ApiUri
    }

    It 'keeps the key per runspace: a new runspace does not see it' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$script:modulePath'; Get-SunoApiKey")
            $info = $ps.Invoke()
            $ps.Streams.Error | Should -BeNullOrEmpty
            $info[0].Source | Should -Be 'None'
            $info[0].BaseUri | Should -Be 'https://api.sunoapi.org/'
        }
        finally { $ps.Dispose() }
        (Get-SunoApiKey).Source | Should -Be 'Session'
    }

    It 'keeps the key per runspace: a key set in another runspace stays there' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$script:modulePath'; Set-SunoApiKey -ApiKey 'sk-other-runspace-1234567' -BaseUri 'http://127.0.0.1:9/'")
            $null = $ps.Invoke()
        }
        finally { $ps.Dispose() }
        (Get-SunoApiKey).BaseUri | Should -Be $script:emu.ApiUri
        Get-SunoCredit | Should -BeGreaterThan 0
    }
}

Describe 'Get-SunoCredit' {
    BeforeEach { Reset-Emulator }

    It 'returns the balance as a number' {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ credits = 4321 } | Out-Null
        $credits = Get-SunoCredit
        $credits | Should -Be 4321
        $credits | Should -BeOfType [long]
    }

    It 'goes down when music is generated' {
        $before = Get-SunoCredit
        New-SunoMusic -Prompt 'A calm piano track' | Out-Null
        Get-SunoCredit | Should -Be ($before - 12)
    }
}

Describe 'New-SunoMusic' {
    BeforeEach { Reset-Emulator }

    It 'submits a simple-mode generation and returns a pending task' {
        $task = New-SunoMusic -Prompt 'A calm piano track'

        $task | Should -BeOfType 'SunoPS.SunoTask'
        $task.TaskId | Should -Not -BeNullOrEmpty
        $task.Status | Should -Be 'PENDING'
        $task.Prompt | Should -Be 'A calm piano track'
        $task.CustomMode | Should -BeFalse
        "$task" | Should -Be $task.TaskId
        (Get-EmulatorStats).generateAccepted | Should -Be 1
        (Get-SunoTask -TaskId $task.TaskId).Prompt | Should -Be 'A calm piano track'
    }

    It 'submits a custom-mode generation with every option' {
        $task = New-SunoMusic -Prompt "[Verse]`nStreetlights hum" -Style 'Jazz, brushes' -Title 'Night Walk' -Model V4_5PLUS `
            -NegativeTags 'Heavy Metal' -VocalGender f -StyleWeight 0.6 -WeirdnessConstraint 0.3 -AudioWeight 0.2 `
            -CallbackUri 'https://hooks.example.org/suno'

        $read = Get-SunoTask $task.TaskId
        $read.CustomMode | Should -BeTrue
        $read.Style | Should -Be 'Jazz, brushes'
        $read.Title | Should -Be 'Night Walk'
        $read.Model | Should -Be 'V4_5PLUS'
        $read.Prompt | Should -Be "[Verse]`nStreetlights hum"
        $read.Parameters['negativeTags'] | Should -Be 'Heavy Metal'
        $read.Parameters['vocalGender'] | Should -Be 'f'
        $read.Parameters['styleWeight'] | Should -Be 0.6
        $read.Parameters['callBackUrl'] | Should -Be 'https://hooks.example.org/suno'
    }

    It 'submits a custom instrumental without lyrics' {
        $task = New-SunoMusic -Style 'Ambient' -Title 'Drift' -Instrumental
        $read = Get-SunoTask $task.TaskId
        $read.Instrumental | Should -BeTrue
        $read.Parameters.ContainsKey('prompt') | Should -BeFalse
    }

    It 'sends the documented placeholder when no callback is given' {
        $task = New-SunoMusic -Prompt 'x'
        (Get-SunoTask $task.TaskId).Parameters['callBackUrl'] | Should -Be 'https://example.com/callback'
    }

    It 'takes prompts from the pipeline' {
        $tasks = 'First song', 'Second song' | New-SunoMusic
        $tasks.Prompt | Should -Be @('First song', 'Second song')
    }

    It 'sends nothing with -WhatIf, even without a key' {
        Remove-SunoApiKey
        try {
            $out = New-SunoMusic -Prompt 'A calm piano track' -WhatIf
            $out | Should -BeNullOrEmpty
            $out = 'a', 'b' | New-SunoMusic -Style Rock -Title Loud -WhatIf
            $out | Should -BeNullOrEmpty
        }
        finally { Use-TestKey }
        (Get-EmulatorStats).apiRequests | Should -Be 0
    }

    It 'says with -WhatIf what would be spent: the task, its model and one generation''s credits' {
        # What-if text goes to the host, so a child pwsh shows it on its standard output.
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
        $arguments += '-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$script:modulePath'; `$env:SUNO_API_KEY = '$script:key'; " +
            "New-SunoMusic -Prompt 'Epic trailer music' -Model V4_5 -WhatIf; New-SunoMusic -Title Drift -Style Ambient -Instrumental -WhatIf"

        $output = (& $exe @arguments 2>&1) -join "`n"

        $LASTEXITCODE | Should -Be 0
        $output | Should -BeLike "*What if: Performing the operation `"Generate music: 1 task of 2 tracks, spending one generation's credits`" on target `"'Epic trailer music', model V4_5, simple mode`".*"
        $output | Should -BeLike "*on target `"'Drift' (Ambient), model V5, custom mode, instrumental`".*"
        $output | Should -Not -BeLike "*$script:key*"
    }

    It 'refuses what the API would refuse before anything is sent: <Case>' -ForEach @(
        @{ Case = 'custom mode without a title'; Params = @{ Style = 'Jazz'; Prompt = 'la la' } }
        @{ Case = 'custom vocal track without lyrics'; Params = @{ Style = 'Jazz'; Title = 'T' } }
        @{ Case = 'simple mode without a prompt'; Params = @{ Model = 'V5' } }
        @{ Case = 'a title too long for V4'; Params = @{ Style = 'Jazz'; Title = ('t' * 81); Prompt = 'x'; Model = 'V4' } }
        @{ Case = 'a description over 500 characters'; Params = @{ Prompt = ('p' * 501) } }
        @{ Case = 'a weight above 1'; Params = @{ Prompt = 'x'; StyleWeight = 1.5 } }
        @{ Case = 'an unknown vocal gender'; Params = @{ Prompt = 'x'; VocalGender = 'x' } }
    ) {
        $err = $null
        $out = New-SunoMusic @Params -ErrorVariable err -ErrorAction SilentlyContinue

        $out | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        (Get-EmulatorStats).apiRequests | Should -Be 0
    }

    It 'submits a CSV batch, reading True/False and empty optional cells' {
        $csv = Join-Path $TestDrive 'prompts.csv'
        @(
            [pscustomobject]@{ Prompt = 'A calm piano track'; Style = ''; Title = ''; Instrumental = 'False'; Model = ''; StyleWeight = ''; VocalGender = '' }
            [pscustomobject]@{ Prompt = ''; Style = 'Ambient'; Title = 'Drift'; Instrumental = 'True'; Model = 'V4_5'; StyleWeight = '0.7'; VocalGender = '' }
            [pscustomobject]@{ Prompt = 'Oh la la'; Style = 'Rock'; Title = 'Loud'; Instrumental = 'False'; Model = 'V4'; StyleWeight = ''; VocalGender = 'm' }
        ) | Export-Csv -Path $csv

        $tasks = Import-Csv $csv | New-SunoMusic

        $tasks | Should -HaveCount 3
        $read = $tasks | Get-SunoTask
        $read[0].CustomMode | Should -BeFalse
        $read[0].Instrumental | Should -BeFalse
        $read[0].Model | Should -Be 'V5'
        $read[0].Parameters.ContainsKey('styleWeight') | Should -BeFalse
        $read[1].CustomMode | Should -BeTrue
        $read[1].Instrumental | Should -BeTrue
        $read[1].Title | Should -Be 'Drift'
        $read[1].Parameters.ContainsKey('prompt') | Should -BeFalse
        $read[1].Parameters['styleWeight'] | Should -Be 0.7
        $read[2].Instrumental | Should -BeFalse
        $read[2].Prompt | Should -Be 'Oh la la'
        $read[2].Parameters['vocalGender'] | Should -Be 'm'
        (Get-EmulatorStats).generateAccepted | Should -Be 3
    }

    It 'refuses a CSV row whose weight, callback or switch cannot be read, spends nothing on it, and submits the rest' {
        $csv = Join-Path $TestDrive 'bad-cells.csv'
        @(
            'Prompt,StyleWeight,AudioWeight,CallbackUri,Instrumental'
            'first,0.5,,,false'
            'weight abc,abc,,,'
            'weight 1.5,1.5,,,'
            'audio comma,,"0,5",,'
            'callback text,,,not a url,'
            'switch maybe,,,,maybe'
            'last,,0.25,https://hooks.example.org/suno,true'
        ) | Set-Content $csv

        $err = $null
        $tasks = Import-Csv $csv | New-SunoMusic -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.Prompt | Should -Be 'first', 'last'
        $err | Should -HaveCount 5
        $invalid = $err | Where-Object FullyQualifiedErrorId -like 'SunoInvalidRequest,*'
        $invalid.TargetObject | Should -Be 'weight abc', 'weight 1.5', 'audio comma', 'callback text', 'switch maybe'
        $invalid[0].Exception.Message | Should -BeLike '*-StyleWeight must be a number between 0 and 1*'
        $invalid[2].Exception.Message | Should -BeLike '*-AudioWeight*'
        $invalid[3].Exception.Message | Should -BeLike '*-CallbackUri*'
        # A switch cell is a bad cell like the others: the same id, its row the target, nothing sent.
        $err[4].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[4].Exception.Message | Should -BeLike "*-Instrumental must be true or false*'maybe'*"
        (Get-EmulatorStats).generateAccepted | Should -Be 2
        $read = $tasks | Get-SunoTask
        $read[0].Parameters['styleWeight'] | Should -Be 0.5
        $read[1].Parameters['audioWeight'] | Should -Be 0.25
        $read[1].Parameters['callBackUrl'] | Should -Be 'https://hooks.example.org/suno'
        $read[1].Instrumental | Should -BeTrue
    }

    It 'submits CSV rows that have no Prompt column' {
        $csv = Join-Path $TestDrive 'instrumentals.csv'
        "Style,Title,Instrumental`nAmbient,Drift,True`nLo-fi,Rain,yes" | Set-Content $csv

        $tasks = Import-Csv $csv | New-SunoMusic

        $tasks | Should -HaveCount 2
        ($tasks | Get-SunoTask) | ForEach-Object {
            $_.Instrumental | Should -BeTrue
            $_.Prompt | Should -BeNullOrEmpty
        }
    }

    It 'skips an invalid row with an error and submits the others' {
        $rows = @(
            [pscustomobject]@{ Prompt = 'good one'; Style = ''; Title = '' }
            [pscustomobject]@{ Prompt = 'lyrics'; Style = 'Jazz'; Title = '' }
            [pscustomobject]@{ Prompt = 'good two'; Style = ''; Title = '' }
        )
        $err = $null
        $tasks = $rows | New-SunoMusic -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.Prompt | Should -Be @('good one', 'good two')
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].TargetObject | Should -Be 'lyrics'
    }

    It 'stops the batch at the first failure with -ErrorAction Stop' {
        $rows = @(
            [pscustomobject]@{ Prompt = 'lyrics'; Style = 'Jazz'; Title = '' }
            [pscustomobject]@{ Prompt = 'good'; Style = ''; Title = '' }
        )
        $err = Get-CaughtError { $rows | New-SunoMusic -ErrorAction Stop }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        (Get-EmulatorStats).apiRequests | Should -Be 0
    }

    It 'stops at once when the credits run out, after a single request' {
        Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ credits = 0 } | Out-Null

        $err = Get-CaughtError { 'one', 'two', 'three' | New-SunoMusic }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoInsufficientCredits,*'
        $err.CategoryInfo.Category | Should -Be 'QuotaExceeded'
        Get-RequestCount '/api/v1/generate' | Should -Be 1
    }

    It 'does not repeat a submission the server may have accepted' {
        Add-ApiFault @{ kind = 'html'; code = 502; count = -1; pathPrefix = '/api/v1/generate' }
        $err = $null

        New-SunoMusic -Prompt 'x' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoSubmissionOutcomeUnknown,*'
        "$($err[0])" | Should -Match 'Get-SunoTask -Recent'
        "$($err[0])" | Should -Match 'Get-SunoCredit'
        Get-RequestCount '/api/v1/generate' | Should -Be 1
    }

    It 'repeats a submission the server refused for going too fast' {
        Add-ApiFault @{ kind = 'bodyCode'; code = 430; count = 2; pathPrefix = '/api/v1/generate' }

        $task = New-SunoMusic -Prompt 'x'

        $task.TaskId | Should -Not -BeNullOrEmpty
        Get-RequestCount '/api/v1/generate' | Should -Be 3
        (Get-EmulatorStats).tasks | Should -Be 1
    }

    It 'returns the finished task with -Wait' {
        $task = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.05

        $task.Status | Should -Be 'SUCCESS'
        $task.IsCompleted | Should -BeTrue
        $task.Tracks | Should -HaveCount 2
        $task.Tracks[0].AudioUrl | Should -BeLike "$($script:emu.FilesUri)*"
    }

    It 'reports a failed generation with -Wait as SunoTaskFailed' {
        $err = $null
        $out = New-SunoMusic -Prompt 'A song [fail]' -Wait -PollIntervalSec 0.05 -ErrorVariable err -ErrorAction SilentlyContinue

        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskFailed,*'
    }
}

Describe 'Get-SunoTask' {
    BeforeAll {
        Reset-Emulator
        $script:ids = New-SeededTask -Count 3
    }

    It 'reads a task by -TaskId, by position and by the alias -Id' {
        (Get-SunoTask -TaskId $script:ids[0]).TaskId | Should -Be $script:ids[0]
        (Get-SunoTask $script:ids[1]).TaskId | Should -Be $script:ids[1]
        (Get-SunoTask -Id $script:ids[2]).TaskId | Should -Be $script:ids[2]
    }

    It 'reads many ids from the pipeline, in input order' {
        $tasks = $script:ids[2], $script:ids[0], $script:ids[1] | Get-SunoTask
        $tasks.TaskId | Should -Be @($script:ids[2], $script:ids[0], $script:ids[1])
        $tasks | ForEach-Object { $_ | Should -BeOfType 'SunoPS.SunoTask' }
    }

    It 'reads task objects by their TaskId property' {
        $tasks = $script:ids | Get-SunoTask | Get-SunoTask
        $tasks.TaskId | Should -Be $script:ids
    }

    It 'returns rich task objects with tracks' {
        $task = Get-SunoTask $script:ids[0]
        $task.Status | Should -Be 'SUCCESS'
        $task.IsCompleted | Should -BeTrue
        $task.Tracks | Should -HaveCount 2
        $task.Tracks[0] | Should -BeOfType 'SunoPS.SunoTrack'
        $task.Tracks[0].TaskId | Should -Be $task.TaskId
        $task.Tracks[0].Duration | Should -BeGreaterThan 0
        $task.CreatedAt | Should -BeOfType [DateTimeOffset]
    }

    It 'round-trips through Export-Csv and Import-Csv' {
        $csv = Join-Path $TestDrive 'tasks.csv'
        $script:ids[0], $script:ids[1] | Get-SunoTask | Export-Csv $csv

        $again = Import-Csv $csv | Get-SunoTask

        $again.TaskId | Should -Be @($script:ids[0], $script:ids[1])
        $again | ForEach-Object { $_ | Should -BeOfType 'SunoPS.SunoTask' }
    }

    It 'writes tracks to CSV as readable track ids, never as a type name' {
        $csv = Join-Path $TestDrive 'tracks.csv'
        $task = Get-SunoTask $script:ids[0]
        $task | Export-Csv $csv

        $row = Import-Csv $csv
        $text = Get-Content -Raw $csv
        $text | Should -Not -Match 'System\.'
        $text | Should -Not -Match 'SunoPS\.'
        $row.Tracks | Should -Be (($task.Tracks.Id) -join ', ')
        $row.TrackIds | Should -Be $row.Tracks
        $row.Parameters | Should -BeLike '{*"prompt"*}'
        $row.Status | Should -Be 'SUCCESS'
    }

    It 'converts to JSON with the tracks and parameters' {
        $json = Get-SunoTask $script:ids[0] | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $json.TaskId | Should -Be $script:ids[0]
        $json.Tracks | Should -HaveCount 2
        $json.Tracks[0].AudioUrl | Should -Not -BeNullOrEmpty
    }

    It 'reports an unknown id as SunoTaskNotFound with the id as target, and goes on' {
        $err = $null
        $tasks = $script:ids[0], 'no-such-task', $script:ids[1] | Get-SunoTask -ErrorVariable err -ErrorAction SilentlyContinue

        $tasks.TaskId | Should -Be @($script:ids[0], $script:ids[1])
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotFound,*'
        $err[0].FullyQualifiedErrorId | Should -Be 'SunoTaskNotFound,SunoPS.Cmdlets.GetSunoTaskCommand'
        $err[0].TargetObject | Should -Be 'no-such-task'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        "$($err[0])" | Should -Match 'no-such-task'
    }

    It 'makes a per-id failure terminating with -ErrorAction Stop' {
        $reached = $false
        $err = Get-CaughtError { 'no-such-task', $script:ids[0] | Get-SunoTask -ErrorAction Stop; $reached = $true }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotFound,*'
        $err.TargetObject | Should -Be 'no-such-task'
        $reached | Should -BeFalse
    }

    It 'refuses an empty id without asking the API: <Name>' -ForEach @(
        @{ Name = 'empty string'; Id = '' }
        @{ Name = 'blanks'; Id = " `t " }
        @{ Name = '$null'; Id = $null }
    ) {
        Reset-Emulator
        $err = $null
        Get-SunoTask -TaskId $Id -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        Get-RequestCount '/api/v1/generate/record-info' | Should -Be 0
    }

    It 'reads hundreds of ids against a read limit without surfacing a throttle error' {
        Reset-Emulator
        $ids = @((Invoke-SunoEmulatorControl -Emulator $script:emu -Path tasks -Body @{ count = 150; status = 'SUCCESS' }).taskIds)
        $null = Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ readLimitPerSecond = 50 }
        try {
            $err = $null
            $tasks = $ids | Get-SunoTask -ErrorVariable err -ErrorAction SilentlyContinue

            $err | Should -BeNullOrEmpty
            $tasks | Should -HaveCount 150
            (Get-EmulatorStats).throttled | Should -BeGreaterThan 0 -Because 'the limit must have been hit for the test to prove anything'
        }
        finally {
            $null = Invoke-SunoEmulatorControl -Emulator $script:emu -Path settings -Body @{ readLimitPerSecond = 0 }
        }
    }

    It 'refuses odd ids before sending them, and asks for odd-looking real ones safely' {
        $err = $null
        $before = (Get-EmulatorStats).apiRequests
        'a/b?c=d&e f' | Get-SunoTask -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoInvalidRequest,*'
        $err[0].TargetObject | Should -Be 'a/b?c=d&e f'
        (Get-EmulatorStats).apiRequests | Should -Be $before
        'taskId_774b9aa0422f' | Get-SunoTask -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].FullyQualifiedErrorId | Should -BeLike 'SunoTaskNotFound,*'
    }
}

Describe 'Errors from the API' {
    BeforeEach { Reset-Emulator }
    AfterEach { Use-TestKey }

    It 'reports a rejected key as SunoAuthenticationFailed and stops' {
        Set-SunoApiKey -ApiKey 'sk-wrong-key-Qp3Rt8Yu1Io5'
        $err = Get-CaughtError { 'a', 'b', 'c' | Get-SunoTask }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoAuthenticationFailed,*'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        "$err" | Should -Not -Match 'Qp3Rt8Yu1Io5'
        Get-RequestCount '/api/v1/generate/record-info' | Should -BeLessOrEqual 3
    }

    It 'rides out maintenance and gateway errors on reads' {
        $id = New-SeededTask
        Add-ApiFault @{ kind = 'bodyCode'; code = 455; count = 1 }
        Add-ApiFault @{ kind = 'html'; code = 502; count = 1 }
        Add-ApiFault @{ kind = 'reset'; count = 1 }
        Add-ApiFault @{ kind = 'malformed'; count = 1 }

        (Get-SunoTask $id).Status | Should -Be 'SUCCESS'
        Get-RequestCount '/api/v1/generate/record-info' | Should -Be 5
    }

    It 'reports endless maintenance as SunoServiceUnavailable after the retries' {
        Set-SunoApiKey -MaximumRetryCount 2
        Add-ApiFault @{ kind = 'bodyCode'; code = 455; count = -1 }

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable,*'
        "$err" | Should -Match 'maintenance'
        Get-RequestCount '/api/v1/generate/credit' | Should -Be 3
    }

    It 'reports endless throttling as SunoRateLimited' {
        Set-SunoApiKey -MaximumRetryCount 1
        Add-ApiFault @{ kind = 'httpStatus'; code = 430; count = -1 }

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoRateLimited,*'
        $err.CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'reports an endless 503 as SunoServiceUnavailable, with or without the API envelope' {
        Set-SunoApiKey -MaximumRetryCount 1
        $id = New-SeededTask
        foreach ($kind in 'httpStatus', 'bodyCode', 'html') {
            Reset-Emulator
            Add-ApiFault @{ kind = $kind; code = 503; count = -1 }

            $err = Get-CaughtError { Get-SunoTask $id -ErrorAction Stop }

            $err.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable,*'
            $err.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
            Get-RequestCount '/api/v1/generate/record-info' | Should -Be 2
        }
    }

    It 'reports an endless 504 or 408 as SunoServiceUnavailable (OperationTimeout)' {
        Set-SunoApiKey -MaximumRetryCount 1
        foreach ($code in 504, 408) {
            Reset-Emulator
            Add-ApiFault @{ kind = 'httpStatus'; code = $code; count = -1 }

            $err = Get-CaughtError { Get-SunoCredit }

            $err.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable,*'
            $err.CategoryInfo.Category | Should -Be 'OperationTimeout'
            Get-RequestCount '/api/v1/generate/credit' | Should -Be 2
        }
    }

    It 'reads HTTP 429 with Retry-After as throttling: retried, then SunoRateLimited' {
        $id = New-SeededTask
        Add-ApiFault @{ kind = 'httpStatus'; code = 429; count = 1; retryAfterSeconds = 1 }
        (Get-SunoTask $id -ErrorAction Stop).Status | Should -Be 'SUCCESS'
        Get-RequestCount '/api/v1/generate/record-info' | Should -Be 2

        Reset-Emulator
        Set-SunoApiKey -MaximumRetryCount 1
        Add-ApiFault @{ kind = 'httpStatus'; code = 429; count = -1; retryAfterSeconds = 1 }
        $err = Get-CaughtError { Get-SunoCredit }
        $err.FullyQualifiedErrorId | Should -BeLike 'SunoRateLimited,*'
        Get-RequestCount '/api/v1/generate/credit' | Should -Be 2
    }

    It 'reads code 429 without Retry-After as insufficient credits, never retried' {
        Add-ApiFault @{ kind = 'httpStatus'; code = 429; count = -1 }

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoInsufficientCredits,*'
        Get-RequestCount '/api/v1/generate/credit' | Should -Be 1
    }

    It 'reports a body that is not JSON as SunoServerError' {
        Set-SunoApiKey -MaximumRetryCount 1
        Add-ApiFault @{ kind = 'malformed'; count = -1 }
        $err = $null

        'abc' | Get-SunoTask -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].FullyQualifiedErrorId | Should -BeLike 'SunoServerError,*'
        $err[0].TargetObject | Should -Be 'abc'
    }

    It 'reports a server that does not answer in time as SunoServiceUnavailable' {
        Set-SunoApiKey -MaximumRetryCount 0 -TimeoutSec 1
        Add-ApiFault @{ kind = 'delay'; delayMs = 5000; count = 1 }

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable,*'
        $err.CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'reports an unreachable API as SunoServiceUnavailable' {
        Set-SunoApiKey -BaseUri 'http://127.0.0.1:9/' -MaximumRetryCount 0

        $err = Get-CaughtError { Get-SunoCredit }

        $err.FullyQualifiedErrorId | Should -BeLike 'SunoServiceUnavailable,*'
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'shows each request and each retry with -Verbose' {
        Add-ApiFault @{ kind = 'bodyCode'; code = 455; count = 1 }

        $verbose = Get-SunoCredit -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message

        $verbose | Should -HaveCount 3
        $verbose[0] | Should -Match '^GET .*generate/credit -> HTTP 200, code 455 in \d+ ms$'
        $verbose[1] | Should -Match 'maintenance.*Retrying in .* s \(retry 1 of \d+\)'
        $verbose[2] | Should -Match '^GET .*generate/credit -> HTTP 200, code 200 in \d+ ms$'
    }
}

Describe 'The API key never appears anywhere' {
    It 'is in no stream, transcript, error record or object' {
        Reset-Emulator
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $seeded = New-SeededTask -Count 1
        Add-ApiFault @{ kind = 'bodyCode'; code = 455; count = 1 }
        $Error.Clear()

        Start-Transcript -Path $transcript | Out-Null
        try {
            $everything = & {
                Set-SunoApiKey -ApiKey $script:key -BaseUri $script:emu.ApiUri -RetryIntervalSec 0.02 -Verbose -PassThru | Format-List *
                Get-SunoApiKey -Verbose | Format-List *
                Get-SunoCredit -Verbose -Debug
                $task = New-SunoMusic -Prompt 'A calm piano track' -Verbose -Debug
                $task | Format-List *
                $task | Wait-SunoTask -PollIntervalSec 0.05 -Verbose -Debug | Format-List *
                $seeded | Get-SunoTask -Verbose -Debug | ConvertTo-Json -Depth 5
                'no-such-task' | Get-SunoTask -Verbose -Debug -ErrorAction Continue
                New-SunoMusic -Style Jazz -Verbose -ErrorAction Continue
                Remove-SunoApiKey
                $env:SUNO_API_KEY = $script:key
                Get-SunoApiKey | Format-List *
                Remove-Item Env:SUNO_API_KEY
                try { Get-SunoCredit -Verbose } catch { $_ | Format-List * -Force }
            } *>&1 | Out-String
        }
        finally {
            Stop-Transcript | Out-Null
            Remove-Item Env:SUNO_API_KEY -ErrorAction SilentlyContinue
            Use-TestKey
        }

        $errors = $Error | ForEach-Object {
            $_ | Format-List * -Force | Out-String
            $e = $_.Exception
            while ($e) { $e | Format-List * -Force | Out-String; $e = $e.InnerException }
        } | Out-String

        $pattern = [regex]::Escape($script:key)
        $everything | Should -Match 'GET .*record-info' # the verbose output really was captured
        $everything | Should -Match 'SunoTaskNotFound|does not know task'
        $everything | Should -Not -Match $pattern
        $errors | Should -Not -BeNullOrEmpty
        $errors | Should -Not -Match $pattern
        Get-Content -Raw $transcript | Should -Not -Match $pattern
    }
}
