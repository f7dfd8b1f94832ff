# Windows PowerShell 5.1 readiness, checked on every build (only PowerShell 7 can run here): every assembly the
# module ships for the cmdlets targets netstandard2.0 (or older .NET Framework-compatible surfaces) and references
# no assembly that only .NET Core has.
param([Parameter(Mandatory)] [string] $ModulePath)
$ErrorActionPreference = 'Stop'
# Reference names that only exist on .NET Core / .NET 5+: a netstandard2.0 library never needs them.
$coreOnly = @('System.Runtime', 'System.Private.CoreLib', 'System.Collections', 'System.Console', 'System.Linq',
    'System.Net.Http.Json', 'System.Runtime.Extensions')
# What .NET Framework 4.7.2 and Windows PowerShell 5.1 provide themselves.
$frameworkAssemblies = @('netstandard', 'mscorlib', 'System', 'System.Core', 'System.Management.Automation', 'System.Net.Http',
    'System.Xml', 'System.Xml.Linq', 'System.Numerics', 'System.Data', 'System.Drawing', 'Microsoft.CSharp', 'System.Runtime.Serialization')
$problems = @()
$files = Get-ChildItem $ModulePath -Filter *.dll -Recurse | Where-Object { $_.FullName -notlike "*$([IO.Path]::DirectorySeparatorChar)emulator$([IO.Path]::DirectorySeparatorChar)*" }
$shipped = $files | ForEach-Object { $_.BaseName }
foreach ($file in $files) {
    $stream = [IO.File]::OpenRead($file.FullName)
    try {
        $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
        $reader = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
        $framework = $null
        foreach ($handle in $reader.GetAssemblyDefinition().GetCustomAttributes()) {
            $attribute = $reader.GetCustomAttribute($handle)
            $ctor = $reader.GetMemberReference([System.Reflection.Metadata.MemberReferenceHandle]$attribute.Constructor)
            $type = $reader.GetTypeReference([System.Reflection.Metadata.TypeReferenceHandle]$ctor.Parent)
            if ($reader.GetString($type.Name) -eq 'TargetFrameworkAttribute') {
                $blob = $reader.GetBlobReader($attribute.Value)
                [void]$blob.ReadUInt16()
                $framework = $blob.ReadSerializedString()
            }
        }
        if ($framework -and $framework -notmatch '^\.NETStandard,Version=v(1\.\d|2\.0)$|^\.NETFramework,Version=v4\.[0-7]') {
            $problems += "$($file.Name) targets $framework"
        }
        foreach ($refHandle in $reader.AssemblyReferences) {
            $name = $reader.GetString($reader.GetAssemblyReference($refHandle).Name)
            if ($coreOnly -contains $name) { $problems += "$($file.Name) references $name, which only .NET Core has" }
            elseif ($frameworkAssemblies -notcontains $name -and $shipped -notcontains $name) { $problems += "$($file.Name) references $name, which the module does not ship" }
        }
    }
    finally { $stream.Dispose() }
}
if ($problems) { throw "Not loadable in Windows PowerShell 5.1: $($problems -join '; ')" }
"Windows PowerShell 5.1 readiness: $($files.Count) assemblies target netstandard2.0-compatible surfaces."
