<#
.SYNOPSIS
    Builds, tests, demonstrates, packages and benchmarks SunoPS.
.DESCRIPTION
    Build    assembles the importable module in out/SunoPS and the emulator in out/emulator.
    Test     builds, runs every xunit and Pester test, and ends with "N passed, N failed".
    Demo     starts the emulator, runs New-SunoMusic | Wait-SunoTask | Save-SunoTrack against it, stops it.
    Package  writes the .nupkg that Publish-PSResource would push, to out/package.
    Bench    runs the benchmarks in bench/ and writes bench/RESULTS.md.
    Only the .NET SDK is needed: `dotnet tool restore` brings PowerShell, and NuGet brings the rest.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench', 'Clean')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
$root = $PSScriptRoot
$out = Join-Path $root 'out'
Import-Module (Join-Path $root 'build/BuildTools.psm1') -Force

switch ($Task) {
    'Clean' {
        Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
        Get-ChildItem $root -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
    }
    'Build' {
        Invoke-SunoBuild -Root $root -Configuration $Configuration | Out-Null
    }
    'Test' {
        Invoke-SunoBuild -Root $root -Configuration $Configuration | Out-Null
        $result = Invoke-SunoTests -Root $root -Configuration $Configuration
        "$($result.Passed) passed, $($result.Failed) failed"
        if ($result.Failed -gt 0 -or $result.Passed -eq 0) { exit 1 }
    }
    'Demo' {
        Invoke-SunoBuild -Root $root -Configuration $Configuration | Out-Null
        Invoke-SunoChildPwsh -File (Join-Path $root 'build/Demo.ps1') -Arguments @('-Root', $root)
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'Package' {
        Invoke-SunoBuild -Root $root -Configuration $Configuration | Out-Null
        New-SunoPackage -Root $root
    }
    'Bench' {
        Invoke-SunoBuild -Root $root -Configuration $Configuration | Out-Null
        Invoke-SunoChildPwsh -File (Join-Path $root 'bench/Invoke-Benchmarks.ps1') -Arguments @('-Root', $root)
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
}
