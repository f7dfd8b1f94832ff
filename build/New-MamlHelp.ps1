# Compiles docs/help/<Cmdlet>.psd1 into MAML (<Assembly>.dll-Help.xml) so Get-Help works offline.
# Parameter names, types, positions and pipeline binding come from the built cmdlets themselves,
# so the help can never disagree with the code; the .psd1 files hold only the prose.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $DocsPath,
    [Parameter(Mandatory)] [string] $OutputFile
)
$ErrorActionPreference = 'Stop'
Import-Module $ModuleManifest -Force
$module = Get-Module SunoPS
# Common parameters have their own help (about_CommonParameters). WhatIf and Confirm are not among them: as in the
# help platyPS writes, a cmdlet that supports ShouldProcess lists them in its syntax and its parameters, with the
# text its .psd1 gives them. (UseTransaction, the third optional common parameter, is not documented.)
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + 'UseTransaction'

function Test-Documented($parameter) {
    # DontShow parameters are plumbing, hidden from users.
    $parameter.Name -notin $common -and
        -not ($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
}

function Get-TypeString([type] $type) {
    # As platyPS names types: a nullable value type by its underlying type (Double, not Nullable`1), other
    # generic types in full, everything else by its short name (String, Int32, Object[], SwitchParameter).
    $underlying = [Nullable]::GetUnderlyingType($type)
    if ($underlying) { return $underlying.Name }
    if ($type.IsGenericType) { return $type.ToString() }
    $type.Name
}

function Get-DefaultText($cmd, $parameter) {
    # What an unset parameter holds, read from a fresh instance of the cmdlet itself.
    if ($parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) { return 'False' }
    $property = $cmd.ImplementingType.GetProperty($parameter.Name)
    if (-not $property) { return 'None' }
    $value = $property.GetValue([Activator]::CreateInstance($cmd.ImplementingType))
    if ($null -eq $value -or ($value -is [string] -and $value -eq '') -or ($value -is [array] -and $value.Count -eq 0)) { return 'None' }
    if ($value -is [double]) { return $value.ToString([cultureinfo]::InvariantCulture) }
    "$value"
}

function Test-Wildcards($cmd, $parameter) {
    $property = $cmd.ImplementingType.GetProperty($parameter.Name)
    [bool]($property -and $property.GetCustomAttributes([System.Management.Automation.SupportsWildcardsAttribute], $true))
}

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
New-Item -ItemType Directory -Force (Split-Path $OutputFile) | Out-Null
$w = [System.Xml.XmlWriter]::Create($OutputFile, $settings)
$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

function Write-Para([string] $text) {
    foreach ($p in ($text -split "`n`n")) {
        $w.WriteElementString('para', $maml, $p.Trim())
    }
}

# Parameters declared once in a base cmdlet (SunoApiCmdlet, SunoSubmitCmdlet) have their text once, in
# docs/help/Shared/Parameters.psd1; a cmdlet's own psd1 overrides it where the parameter means more there.
$sharedFile = Join-Path $DocsPath 'Shared/Parameters.psd1'
$sharedDocs = if (Test-Path $sharedFile) { (Import-PowerShellDataFile $sharedFile).Parameters } else { @{} }

$w.WriteStartDocument()
$w.WriteStartElement('helpItems')
$w.WriteAttributeString('schema', 'maml')
foreach ($cmd in ($module.ExportedCmdlets.Values | Sort-Object Name)) {
    $docFile = Join-Path $DocsPath "$($cmd.Name).psd1"
    if (-not (Test-Path $docFile)) { throw "No help text for $($cmd.Name): add $docFile." }
    $doc = Import-PowerShellDataFile $docFile
    $paramDocs = @{} + $sharedDocs
    if ($doc.ContainsKey('Parameters')) { foreach ($k in $doc.Parameters.Keys) { $paramDocs[$k] = $doc.Parameters[$k] } }

    $w.WriteStartElement('command', 'command', $command)
    $w.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $w.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $w.WriteStartElement('details', $command)
    $w.WriteElementString('name', $command, $cmd.Name)
    $w.WriteStartElement('description', $maml); Write-Para $doc.Synopsis; $w.WriteEndElement()
    $w.WriteElementString('verb', $command, $cmd.Verb)
    $w.WriteElementString('noun', $command, $cmd.Noun)
    $w.WriteEndElement()
    $w.WriteStartElement('description', $maml); Write-Para $doc.Description; $w.WriteEndElement()

    $w.WriteStartElement('syntax', $command)
    foreach ($set in $cmd.ParameterSets) {
        $w.WriteStartElement('syntaxItem', $command)
        $w.WriteElementString('name', $maml, $cmd.Name)
        foreach ($p in $set.Parameters | Where-Object { Test-Documented $_ }) {
            $w.WriteStartElement('parameter', $command)
            $w.WriteAttributeString('required', "$($p.IsMandatory)".ToLower())
            $w.WriteAttributeString('position', $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }))
            $w.WriteElementString('name', $maml, $p.Name)
            if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
                $w.WriteElementString('parameterValue', $command, (Get-TypeString $p.ParameterType))
            }
            $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('parameters', $command)
    foreach ($p in $cmd.Parameters.Values | Where-Object { Test-Documented $_ } | Sort-Object Name) {
        $first = $p.ParameterSets.Values | Select-Object -First 1
        $pipeline = @()
        if ($first.ValueFromPipeline) { $pipeline += 'ByValue' }
        if ($first.ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
        $w.WriteStartElement('parameter', $command)
        $w.WriteAttributeString('required', "$($first.IsMandatory)".ToLower())
        $w.WriteAttributeString('pipelineInput', $(if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }))
        $w.WriteAttributeString('position', $(if ($first.Position -ge 0) { "$($first.Position)" } else { 'named' }))
        $w.WriteAttributeString('aliases', $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }))
        $w.WriteAttributeString('globbing', "$(Test-Wildcards $cmd $p)".ToLower())
        $w.WriteElementString('name', $maml, $p.Name)
        $w.WriteStartElement('description', $maml)
        Write-Para $(if ($paramDocs.ContainsKey($p.Name)) { $paramDocs[$p.Name] } else { throw "No help text for $($cmd.Name) -$($p.Name)." })
        $w.WriteEndElement()
        $isSwitch = $p.ParameterType -eq [System.Management.Automation.SwitchParameter]
        if (-not $isSwitch) {
            $w.WriteStartElement('parameterValue', $command)
            $w.WriteAttributeString('required', 'true')
            $w.WriteString((Get-TypeString $p.ParameterType))
            $w.WriteEndElement()
        }
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, (Get-TypeString $p.ParameterType)); $w.WriteEndElement()
        $w.WriteElementString('defaultValue', $dev, (Get-DefaultText $cmd $p))
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    # INPUTS: what binds from the pipeline, by value (its type) and by property name (the property names).
    $w.WriteStartElement('inputTypes', $command)
    $byValue = $cmd.Parameters.Values | Where-Object { (Test-Documented $_) -or $_.Name -eq 'InputObject' } |
        Where-Object { $_.ParameterSets.Values | Where-Object ValueFromPipeline } | ForEach-Object { Get-TypeString $_.ParameterType } | Sort-Object -Unique
    $byName = $cmd.Parameters.Values | Where-Object { Test-Documented $_ } |
        Where-Object { $_.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName } | ForEach-Object Name | Sort-Object
    foreach ($t in $byValue) {
        $w.WriteStartElement('inputType', $command)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $t); $w.WriteEndElement()
        $w.WriteStartElement('description', $maml); Write-Para 'Piped in as it is.'; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteStartElement('inputType', $command)
    $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $(if ($byName) { 'System.Object' } else { 'None' })); $w.WriteEndElement()
    $w.WriteStartElement('description', $maml)
    Write-Para $(if ($byName) { 'Any object (a task, a track, a CSV row) whose properties bind by name: ' + ($byName -join ', ') + '.' } else { 'Nothing binds from the pipeline.' })
    $w.WriteEndElement()
    $w.WriteEndElement()
    $w.WriteEndElement()

    $w.WriteStartElement('returnValues', $command)
    $outputs = @($cmd.OutputType | ForEach-Object Name)
    if (-not $outputs) { $outputs = @('None') }
    foreach ($type in $outputs) {
        $w.WriteStartElement('returnValue', $command)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $type); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    if ($doc.ContainsKey('Notes')) {
        $w.WriteStartElement('alertSet', $maml); $w.WriteStartElement('alert', $maml); Write-Para $doc.Notes; $w.WriteEndElement(); $w.WriteEndElement()
    }

    $w.WriteStartElement('examples', $command)
    $i = 0
    foreach ($example in $doc.Examples) {
        $i++
        $w.WriteStartElement('example', $command)
        $w.WriteElementString('title', $maml, "-------------------------- Example $i --------------------------")
        $w.WriteElementString('code', $dev, $example.Code)
        $w.WriteStartElement('remarks', $dev); Write-Para $example.Remarks; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    # RELATED LINKS: the psd1's own, then the topic and the pipeline every family shares.
    $links = [System.Collections.Generic.List[string]]::new()
    if ($doc.ContainsKey('Links')) { $links.AddRange([string[]]$doc.Links) }
    foreach ($link in 'about_SunoPS', 'Get-SunoTask', 'Wait-SunoTask', 'Save-SunoTrack') { if ($link -ne $cmd.Name -and -not $links.Contains($link)) { $links.Add($link) } }
    $w.WriteStartElement('relatedLinks', $maml)
    foreach ($link in $links) {
        $w.WriteStartElement('navigationLink', $maml); $w.WriteElementString('linkText', $maml, $link); $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}
$w.WriteEndElement()
$w.WriteEndDocument()
$w.Close()
