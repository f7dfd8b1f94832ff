<#
.SYNOPSIS
    Writes a script module shaped like the typical PowerShell wrapper of a web API, to compare import times with.
.DESCRIPTION
    The usual layout of such modules (PSOpenAI and most API wrappers on the Gallery): a manifest, a .psm1 that
    dot-sources one file per function from Public/ and Private/, and a format file. This one has the same public
    surface as SunoPS (8 commands with their parameters) as advanced functions with validation attributes, 24
    private helpers (request building, retries, JSON shaping), and SunoPS's own format file. It does nothing
    useful; only its size and shape matter.
#>
param([Parameter(Mandatory)] [string] $Destination, [Parameter(Mandatory)] [string] $FormatFile)

$ErrorActionPreference = 'Stop'
$module = Join-Path $Destination 'ScriptSuno'
Remove-Item -Recurse -Force $module -ErrorAction SilentlyContinue
$public = New-Item -ItemType Directory -Force (Join-Path $module 'Public')
$private = New-Item -ItemType Directory -Force (Join-Path $module 'Private')

$commands = [ordered]@{
    'Set-ScriptSunoApiKey'    = 'ApiKey', 'BaseUri', 'MaximumRetryCount', 'RetryIntervalSec', 'TimeoutSec'
    'Get-ScriptSunoApiKey'    = @()
    'Remove-ScriptSunoApiKey' = @()
    'New-ScriptSunoMusic'     = 'Prompt', 'Style', 'Title', 'CustomMode', 'Instrumental', 'Model', 'NegativeTags', 'VocalGender',
                                'StyleWeight', 'WeirdnessConstraint', 'AudioWeight', 'PersonaId', 'PersonaModel', 'CallbackUri', 'Wait'
    'Get-ScriptSunoTask'      = 'TaskId', 'ThrottleLimit'
    'Wait-ScriptSunoTask'     = 'TaskId', 'Until', 'TimeoutSec', 'PollIntervalSec', 'MaxRequestsPerSecond', 'Any'
    'Save-ScriptSunoTrack'    = 'InputObject', 'Path', 'LiteralPath', 'FileNameTemplate', 'Force', 'NoTag', 'IncludeCover', 'ThrottleLimit'
    'Get-ScriptSunoCredit'    = @()
}

$helpers = 'Invoke-ApiRequest', 'Get-ApiSession', 'Resolve-BaseUri', 'ConvertTo-TaskObject', 'ConvertTo-TrackObject',
    'Test-GenerateRequest', 'Get-RetryDelay', 'Test-RetryableStatus', 'ConvertFrom-ApiEnvelope', 'New-ApiError',
    'Get-SafeFileName', 'Get-TrackFileName', 'Invoke-FileDownload', 'Test-Mp3Duration', 'Write-Id3Tag', 'Get-MaskedKey',
    'ConvertTo-EpochTime', 'ConvertFrom-EpochTime', 'Get-ModelLimit', 'Test-TaskFinished', 'Wait-SubmitSlot',
    'Write-WaitProgress', 'Get-PollInterval', 'ConvertTo-QueryString'

foreach ($name in $commands.Keys) {
    $params = foreach ($p in $commands[$name]) {
        @"
        [Parameter(ValueFromPipelineByPropertyName = `$true)]
        [ValidateNotNull()]
        `$$p,
"@
    }
    $paramBlock = (($params -join "`n") + "`n        [switch] `$PassThru")
    Set-Content -Path (Join-Path $public "$name.ps1") -Value @"
function $name {
    <#
    .SYNOPSIS
        $name, as a script function.
    .DESCRIPTION
        Builds the request, sends it with retries, shapes the answer into objects.
    #>
    [CmdletBinding(SupportsShouldProcess = `$true)]
    param(
$paramBlock
    )
    begin {
        `$session = Get-ApiSession
        `$items = [System.Collections.Generic.List[object]]::new()
    }
    process {
        foreach (`$key in `$PSBoundParameters.Keys) {
            if (`$null -eq `$PSBoundParameters[`$key]) { continue }
            `$items.Add([pscustomobject]@{ Name = `$key; Value = `$PSBoundParameters[`$key] })
        }
        if (-not `$PSCmdlet.ShouldProcess('$name', 'Invoke')) { return }
        try {
            `$answer = Invoke-ApiRequest -Session `$session -Method Get -Path 'api/v1/generate/record-info' -Query @{ taskId = 'x' }
            `$data = ConvertFrom-ApiEnvelope -Answer `$answer
            if (Test-TaskFinished -Data `$data) { ConvertTo-TaskObject -Data `$data }
        }
        catch {
            `$PSCmdlet.WriteError((New-ApiError -Exception `$_.Exception -Target `$items))
        }
    }
    end {
        Write-Verbose ('$name handled {0} items' -f `$items.Count)
    }
}
"@
}

foreach ($name in $helpers) {
    Set-Content -Path (Join-Path $private "$name.ps1") -Value @"
function $name {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromRemainingArguments = `$true)] `$Rest,
        `$Session, `$Method, `$Path, `$Query, `$Answer, `$Data, `$Exception, `$Target
    )
    `$attempt = 0
    `$result = `$null
    while (`$attempt -lt 3) {
        `$attempt++
        switch -Regex (`$Method) {
            '^Get$' { `$result = @{ code = 200; msg = 'success'; data = `$Data } }
            '^Post$' { `$result = @{ code = 200; msg = 'success'; data = @{ taskId = [guid]::NewGuid().ToString('n') } } }
            default { `$result = `$Answer }
        }
        if (`$null -ne `$result) { break }
        Start-Sleep -Milliseconds ([math]::Min(30000, 1000 * [math]::Pow(2, `$attempt)))
    }
    if (`$result -is [hashtable] -and `$result.ContainsKey('code') -and `$result.code -ne 200) {
        throw [System.InvalidOperationException]::new("API error `$(`$result.code): `$(`$result.msg)")
    }
    `$result
}
"@
}

Set-Content -Path (Join-Path $module 'ScriptSuno.psm1') -Value @'
# Dot-source every function file, then export the public ones: the usual layout of a script module.
$public = @(Get-ChildItem -Path (Join-Path $PSScriptRoot 'Public') -Filter *.ps1)
$private = @(Get-ChildItem -Path (Join-Path $PSScriptRoot 'Private') -Filter *.ps1)
foreach ($file in @($public) + @($private)) {
    . $file.FullName
}
$script:Session = [pscustomobject]@{ ApiKey = $null; BaseUri = 'https://api.example.invalid/' }
Export-ModuleMember -Function $public.BaseName
'@

Copy-Item $FormatFile (Join-Path $module 'ScriptSuno.format.ps1xml')
New-ModuleManifest -Path (Join-Path $module 'ScriptSuno.psd1') -RootModule 'ScriptSuno.psm1' -ModuleVersion '1.0.0' `
    -FunctionsToExport @($commands.Keys) -CmdletsToExport @() -VariablesToExport @() -AliasesToExport @() `
    -FormatsToProcess 'ScriptSuno.format.ps1xml' -PowerShellVersion '5.1' -CompatiblePSEditions Core, Desktop
Join-Path $module 'ScriptSuno.psd1'
