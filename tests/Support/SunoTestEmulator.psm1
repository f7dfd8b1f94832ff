# Starts and stops the bundled emulator as a child process, for Pester tests, the demo and the benchmarks.
Set-StrictMode -Version 3

function Start-SunoTestEmulator {
    <#
    .SYNOPSIS
        Starts out/emulator on free loopback ports and returns an object with ApiUri, FilesUri, UploadUri (the
        file-upload origin), Key and Process.
    .PARAMETER Arguments
        Extra emulator options, e.g. '--speed','60'.
    #>
    [CmdletBinding()]
    param(
        [string] $EmulatorPath = (Join-Path $PSScriptRoot '../../out/emulator/SunoPS.Emulator.dll'),
        [string] $Key = 'emulator-key',
        [string[]] $Arguments = @()
    )
    $dll = (Resolve-Path $EmulatorPath).Path
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($dll, '--port', '0', '--files-port', '0', '--uploads-port', '0', '--key', $Key, '--exit-on-stdin-close') + $Arguments) {
        $info.ArgumentList.Add($a)
    }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardInput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)

    $read = $process.StandardOutput.ReadLineAsync()
    if (-not $read.Wait([TimeSpan]::FromSeconds(30)) -or $null -eq $read.Result) {
        if (-not $process.HasExited) { $process.Kill() }
        throw 'The emulator did not start within 30 seconds.'
    }
    if ($read.Result -notmatch 'api=(?<api>\S+)\s+files=(?<files>\S+)\s+uploads=(?<uploads>\S+)') {
        $process.Kill()
        throw "The emulator printed an unexpected first line: $($read.Result)"
    }
    [pscustomobject]@{
        PSTypeName = 'SunoPS.TestEmulator'
        ApiUri     = [uri]$Matches.api
        FilesUri   = [uri]$Matches.files
        UploadUri  = [uri]$Matches.uploads
        Key        = $Key
        Process    = $process
    }
}

function Stop-SunoTestEmulator {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] $Emulator)
    process {
        $p = $Emulator.Process
        if (-not $p.HasExited) {
            try { $p.StandardInput.Close() } catch { }
            if (-not $p.WaitForExit(5000)) { $p.Kill() }
        }
        $p.Dispose()
    }
}

function Invoke-SunoEmulatorControl {
    <# Calls a /_emulator control endpoint: faults, stats, reset, settings, tasks, expire-files. #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [string] $Path,
        [string] $Method = 'Post',
        $Body
    )
    $uri = [uri]::new($Emulator.ApiUri, "_emulator/$Path")
    $params = @{ Uri = $uri; Method = $Method }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $params.Body = ($Body | ConvertTo-Json -Depth 5 -Compress)
        $params.ContentType = 'application/json'
    }
    Invoke-RestMethod @params
}

function Stop-SunoSaveMidDownload {
    <#
    .SYNOPSIS
        Runs Save-SunoTrack with -Arguments in a runspace of its own, waits until a temporary file appears in -Folder,
        then stops the pipeline; returns the stopped PowerShell (dispose it) for the test to inspect.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] [hashtable] $Arguments
    )
    $ps = [powershell]::Create()
    $null = $ps.AddScript({
            param($Module, $Key, $Uri, $Save)
            Import-Module $Module
            Set-SunoApiKey -ApiKey $Key -BaseUri $Uri
            Save-SunoTrack @Save
        }).AddArgument($ModulePath).AddArgument($Emulator.Key).AddArgument($Emulator.ApiUri).AddArgument($Arguments + @{ Path = $Folder })
    $async = $ps.BeginInvoke()
    $deadline = [DateTime]::UtcNow.AddSeconds(20)
    while (-not (Get-ChildItem -Force $Folder -Filter *.partial -ErrorAction SilentlyContinue) -and [DateTime]::UtcNow -lt $deadline) {
        Start-Sleep -Milliseconds 50
    }
    if (-not (Get-ChildItem -Force $Folder -Filter *.partial -ErrorAction SilentlyContinue)) {
        $ps.Dispose()
        throw 'No download started within 20 seconds.'
    }
    $ps.Stop()
    if (-not $async.IsCompleted) { throw 'Stop() returned before the pipeline ended.' }
    $ps
}

Export-ModuleMember -Function Start-SunoTestEmulator, Stop-SunoTestEmulator, Invoke-SunoEmulatorControl, Stop-SunoSaveMidDownload
