# Packs the built module exactly as Publish-PSResource would push it: it publishes to a throw-away
# local file repository, which writes the .nupkg (nuspec generated from SunoPS.psd1) into OutputPath.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.PSResourceGet
$name = 'SunoPSLocalPackage' + [guid]::NewGuid().ToString('N').Substring(0, 8)
Register-PSResourceRepository -Name $name -Uri (Resolve-Path $OutputPath).Path -Trusted
try {
    Publish-PSResource -Path $ModulePath -Repository $name -SkipDependenciesCheck
}
finally {
    Unregister-PSResourceRepository -Name $name
}
Get-ChildItem $OutputPath -Filter *.nupkg | ForEach-Object { "Package: $($_.FullName)" }
