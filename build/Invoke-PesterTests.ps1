# Runs the Pester suite in its own pwsh (started by build.ps1) against the built module in out/SunoPS.
param(
    [Parameter(Mandatory)] [string] $Root,
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $SummaryPath
)
$ErrorActionPreference = 'Stop'
# Every submission is journaled: the tests' journal is a temporary file, never the user's own.
$env:SUNO_JOURNAL_PATH = Join-Path ([IO.Path]::GetTempPath()) "SunoPS-pester-$PID/tasks.jsonl"
Import-Module $PesterManifest -Force
$config = New-PesterConfiguration
$config.Run.Path = Join-Path $Root 'tests/Pester'
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$config.TestResult.Enabled = $true
$config.TestResult.OutputPath = Join-Path (Split-Path $SummaryPath) 'pester.xml'
$result = Invoke-Pester -Configuration $config
@{ Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount } |
    ConvertTo-Json | Set-Content -Path $SummaryPath
