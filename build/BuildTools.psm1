# The steps behind build.ps1. Kept apart so build.ps1 reads as the list of tasks.
Set-StrictMode -Version 3

function Invoke-Dotnet {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    # Straight to the host: a function's output is its return value, and build output is not.
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-SunoBuild {
    <# Builds the solution and lays out out/SunoPS (the module) and out/emulator. #>
    param([string] $Root, [string] $Configuration)
    $out = Join-Path $Root 'out'
    $module = Join-Path $out 'SunoPS'
    $dependencies = Join-Path $module 'dependencies'

    Invoke-Dotnet @('build', (Join-Path $Root 'SunoPS.sln'), '-c', $Configuration, '--nologo', '-v', 'q', '-clp:ErrorsOnly')

    Remove-Item -Recurse -Force $module -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $module, $dependencies | Out-Null
    $bin = Join-Path $Root "src/SunoPS/bin/$Configuration/netstandard2.0"
    # Our assemblies, TagLibSharp and NAudio (MIDI files) sit beside the manifest; the System.* family that only
    # Windows PowerShell lacks goes to dependencies/, loaded on demand by ModuleInitializer.
    foreach ($file in Get-ChildItem $bin -Filter *.dll) {
        $target = if ($file.Name -match '^(SunoPS|SunoPS\.Client|TagLibSharp|NAudio\.Midi|NAudio\.Core)\.dll$') { $module } else { $dependencies }
        Copy-Item $file.FullName $target
    }
    Copy-Item (Join-Path $Root 'SunoPS.psd1') $module
    Set-SunoReleaseNotes -Manifest (Join-Path $module 'SunoPS.psd1') -Changelog (Join-Path $Root 'CHANGELOG.md')
    Copy-Item (Join-Path $Root 'src/SunoPS/SunoPS.format.ps1xml') $module
    # Help is compiled in a child pwsh: importing the module here would lock its DLLs for the next build.
    Invoke-SunoChildPwsh -File (Join-Path $Root 'build/New-MamlHelp.ps1') -Arguments @(
        '-ModuleManifest', (Join-Path $module 'SunoPS.psd1'),
        '-DocsPath', (Join-Path $Root 'docs/help'),
        '-OutputFile', (Join-Path $module 'en-US/SunoPS.dll-Help.xml')) | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'Compiling the help failed.' }
    Copy-Item (Join-Path $Root 'docs/about/about_SunoPS.help.txt') (Join-Path $module 'en-US')

    Invoke-SunoChildPwsh -File (Join-Path $Root 'build/Test-Compatibility.ps1') -Arguments @('-ModulePath', $module) | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'The module would not load in Windows PowerShell 5.1 (see above).' }

    $emulator = Join-Path $out 'emulator'
    Remove-Item -Recurse -Force $emulator -ErrorAction SilentlyContinue
    Copy-Item (Join-Path $Root "src/SunoPS.Emulator/bin/$Configuration/net10.0") $emulator -Recurse
    # The module ships the emulator too, for users' own tests (Start-SunoEmulator): the app without its debug files.
    Copy-Item $emulator (Join-Path $module 'emulator') -Recurse
    Get-ChildItem (Join-Path $module 'emulator') -Recurse -Filter *.pdb | Remove-Item
    Copy-Item (Join-Path $Root 'src/SunoPS.Emulator/README.md') (Join-Path $module 'emulator/README.md')
    return $module
}

function Set-SunoReleaseNotes {
    <# The built manifest's ReleaseNotes are the CHANGELOG's section for its version, so the two never disagree. #>
    param([string] $Manifest, [string] $Changelog)
    $version = (Import-PowerShellDataFile $Manifest).ModuleVersion
    $text = Get-Content -Raw $Changelog
    $section = [regex]::Match($text, "(?ms)^## $([regex]::Escape($version))\s*\n(.*?)(?=^## |\z)")
    if (-not $section.Success) { throw "CHANGELOG.md has no section '## $version'." }
    $notes = $section.Groups[1].Value.Trim() -replace "'", "''"
    $content = Get-Content -Raw $Manifest
    $replaced = [regex]::Replace($content, "(?m)^(\s*ReleaseNotes\s*=\s*)'(?:[^']|'')*'", { param($m) $m.Groups[1].Value + "'" + $notes + "'" })
    if ($replaced -eq $content) { throw 'The manifest has no ReleaseNotes line to fill.' }
    Set-Content -LiteralPath $Manifest -Value $replaced -NoNewline
}

function Get-SunoChildPwsh {
    <# How to start another pwsh like this one: `dotnet pwsh.dll` under the .NET tool, else pwsh itself. #>
    $process = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return @($process)
}

function Invoke-SunoChildPwsh {
    <# Runs a script in a fresh pwsh, so importing the built module never locks this process's files. #>
    param([string] $File, [string[]] $Arguments = @())
    $pwsh = @(Get-SunoChildPwsh)
    $exe = $pwsh[0]
    $rest = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $File) + $Arguments
    & $exe @rest
}

function Get-PesterModulePath {
    <# Pester comes from NuGet: restoring build/tools brings it to the global packages folder. #>
    param([string] $Root)
    Invoke-Dotnet @('restore', (Join-Path $Root 'build/tools/TestTools.csproj'), '--nologo', '-v', 'q')
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $manifest = Join-Path $packages.Trim() 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path $manifest)) { throw "Pester was not restored to $manifest." }
    return $manifest
}

function Read-TrxCounts {
    param([string] $Path)
    [xml] $trx = Get-Content -Raw $Path
    $counters = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout }
}

function Invoke-SunoTests {
    <# Runs every xunit project and the Pester suite; returns the summed counts. #>
    param([string] $Root, [string] $Configuration)
    $results = Join-Path $Root 'out/test-results'
    Remove-Item -Recurse -Force $results -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $results | Out-Null
    $passed = 0; $failed = 0

    foreach ($project in Get-ChildItem (Join-Path $Root 'tests') -Recurse -Filter *.Tests.csproj) {
        $name = $project.BaseName
        Write-Host "== xunit: $name"
        & dotnet test $project.FullName -c $Configuration --no-build --nologo -v q `
            --logger "trx;LogFileName=$name.trx" --logger 'console;verbosity=minimal' --results-directory $results | Out-Host
        $trx = Join-Path $results "$name.trx"
        if (Test-Path $trx) {
            $counts = Read-TrxCounts $trx
            $passed += $counts.Passed; $failed += $counts.Failed
        } else {
            Write-Host "No results from ${name}: counted as one failure."
            $failed += 1
        }
    }

    Write-Host '== Pester'
    $pester = Get-PesterModulePath -Root $Root
    $summary = Join-Path $results 'pester-summary.json'
    Invoke-SunoChildPwsh -File (Join-Path $Root 'build/Invoke-PesterTests.ps1') `
        -Arguments @('-Root', $Root, '-PesterManifest', $pester, '-SummaryPath', $summary) | Out-Host
    if (Test-Path $summary) {
        $counts = Get-Content -Raw $summary | ConvertFrom-Json
        $passed += $counts.Passed; $failed += $counts.Failed
    } else {
        Write-Host 'No results from Pester: counted as one failure.'
        $failed += 1
    }

    [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function New-SunoPackage {
    <# The .nupkg that Publish-PSResource would push: the built module, packed with PowerShell's own layout. #>
    param([string] $Root)
    $module = Join-Path $Root 'out/SunoPS'
    $target = Join-Path $Root 'out/package'
    Remove-Item -Recurse -Force $target -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $target | Out-Null
    Invoke-SunoChildPwsh -File (Join-Path $Root 'build/New-ModulePackage.ps1') -Arguments @('-ModulePath', $module, '-OutputPath', $target) | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'Packaging failed.' }
    Get-ChildItem $target -Filter *.nupkg
}

Export-ModuleMember -Function Invoke-SunoBuild, Invoke-SunoTests, Invoke-SunoChildPwsh, New-SunoPackage
