# The package as a user gets it: the .nupkg Publish-PSResource would push, installed with PSResourceGet from a local
# repository into a temporary folder, imported by name in a fresh pwsh, run against the emulator it ships.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:feed = Join-Path $TestDrive 'feed'
    $script:modules = Join-Path $TestDrive 'modules'
    New-Item -ItemType Directory $script:feed, $script:modules | Out-Null

    function Invoke-FreshPwsh([string] $Script) {
        $exe = [Environment]::ProcessPath
        $arguments = @()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
        $file = Join-Path $TestDrive ([guid]::NewGuid().ToString('N') + '.ps1')
        Set-Content -LiteralPath $file -Value $Script
        $output = & $exe @arguments -NoProfile -NonInteractive -File $file 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output | Out-String) }
    }

    # Pack the built module with PowerShell's own publishing (what build.ps1 -Task Package does).
    $pack = Invoke-FreshPwsh "& '$(Join-Path $root 'build/New-ModulePackage.ps1')' -ModulePath '$(Join-Path $root 'out/SunoPS')' -OutputPath '$script:feed'"
    $pack.ExitCode | Should -Be 0 -Because $pack.Output
}

Describe 'The SunoPS package' {
    It 'carries the manifest''s metadata, the help, the formats and the emulator' {
        $nupkg = Get-ChildItem $script:feed -Filter 'SunoPS.*.nupkg' | Select-Object -First 1
        $nupkg | Should -Not -BeNullOrEmpty
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($nupkg.FullName)
        try {
            $names = $zip.Entries.FullName
            $names | Should -Contain 'SunoPS.psd1'
            $names | Should -Contain 'SunoPS.dll'
            $names | Should -Contain 'SunoPS.format.ps1xml'
            $names | Should -Contain 'en-US/SunoPS.dll-Help.xml'
            $names | Should -Contain 'en-US/about_SunoPS.help.txt'
            $names | Should -Contain 'emulator/SunoPS.Emulator.dll'
            $nuspec = $zip.Entries | Where-Object FullName -like '*.nuspec'
            $reader = [IO.StreamReader]::new($nuspec.Open())
            $xml = $reader.ReadToEnd(); $reader.Dispose()
            $xml | Should -Match '<releaseNotes>- Every endpoint'
            $xml | Should -Match 'PSEdition_Desktop'
        }
        finally { $zip.Dispose() }
    }

    It 'installs with PSResourceGet, imports by name in a fresh pwsh and runs against its own emulator' {
        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
`$name = 'SunoPSTest' + [guid]::NewGuid().ToString('N').Substring(0, 8)
Register-PSResourceRepository -Name `$name -Uri '$script:feed' -Trusted
try { Save-PSResource -Name SunoPS -Repository `$name -Path '$script:modules' -TrustRepository -Quiet }
finally { Unregister-PSResourceRepository -Name `$name }
`$env:PSModulePath = '$script:modules' + [IO.Path]::PathSeparator + `$env:PSModulePath
Import-Module SunoPS
'from=' + (Get-Module SunoPS).ModuleBase
`$emu = Start-SunoEmulator -SetSession -Speed 600 -TrackSeconds 3
try {
    `$task = New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.1
    'status=' + `$task.Status
    'files=' + @(`$task | Save-SunoTrack -Path '$(Join-Path $TestDrive 'saved')').Count
    'about=' + [bool](Get-Help about_SunoPS | Out-String | Select-String 'KEYS AND SETTINGS')
}
finally { Stop-SunoEmulator }
"@
        $result.ExitCode | Should -Be 0 -Because $result.Output
        $result.Output | Should -Match ('from=' + [regex]::Escape($script:modules))
        $result.Output | Should -Match 'status=SUCCESS'
        $result.Output | Should -Match 'files=2'
        $result.Output | Should -Match 'about=True'
    }
}
