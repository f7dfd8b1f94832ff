# Every cmdlet's help is complete in the shell: default values, wildcard support, inputs, outputs, related links.
BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $script:cmdlets = (Get-Command -Module SunoPS -CommandType Cmdlet).Name | ForEach-Object { @{ Name = $_ } }
}
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
}

Describe 'Help of <Name>' -ForEach $script:cmdlets {
    BeforeAll { $script:help = Get-Help $Name -Full }

    It 'fills default value and wildcard support of every parameter' {
        foreach ($p in @($script:help.parameters.parameter | Where-Object { $_ })) {
            "$($p.defaultValue)" | Should -Not -BeNullOrEmpty -Because "-$($p.name) needs a default value"
            "$($p.globbing)" | Should -BeIn @('true', 'false') -Because "-$($p.name) must say whether it takes wildcards"
        }
    }

    It 'names its inputs, outputs and related links' {
        @($script:help.inputTypes.inputType).Count | Should -BeGreaterThan 0
        @($script:help.returnValues.returnValue).Count | Should -BeGreaterThan 0
        ($script:help.relatedLinks.navigationLink.linkText) | Should -Contain 'about_SunoPS'
    }

    It 'gives the ApiKey and BaseUri of a cmdlet that talks to the API the same meaning' {
        $parameters = (Get-Command $Name).Parameters
        if ($parameters.ContainsKey('ApiKey') -and $Name -ne 'Set-SunoApiKey') {
            (Get-Help $Name -Parameter ApiKey).description.Text | Should -Match 'for this command only'
        }
    }
}
