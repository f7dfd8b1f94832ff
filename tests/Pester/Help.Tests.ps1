# Get-Help of the built module, as a user reads it: every parameter Get-Command knows is documented (WhatIf and
# Confirm included where the cmdlet supports ShouldProcess), and the syntax names types as PowerShell does
# (Double, never Nullable`1).
BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $cmdlets = Get-Command -Module SunoPS -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    # Common parameters are documented in about_CommonParameters; WhatIf and Confirm belong to each cmdlet's help.
    $script:common = [System.Management.Automation.PSCmdlet]::CommonParameters +
        [System.Management.Automation.PSCmdlet]::OptionalCommonParameters | Where-Object { $_ -notin 'WhatIf', 'Confirm' }
}

Describe 'Help of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $command = Get-Command $Name
        $help = Get-Help $Name -Full
        $shown = $command.Parameters.Values | Where-Object {
            $_.Name -notin $script:common -and
                -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
        }
        $syntax = ($help.syntax | Out-String -Width 10000)
    }

    It 'has a synopsis, a description and an example' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name*[<CommonParameters>]*" # what Get-Help makes up when there is no help
        ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterThan 0
    }

    It 'documents every parameter with text of its own' {
        foreach ($parameter in $shown) {
            $text = (Get-Help $Name -Parameter $parameter.Name -ErrorAction Stop).description | Out-String
            $text.Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs help text"
        }
    }

    It 'shows WhatIf and Confirm in every syntax form when it supports ShouldProcess' {
        $supports = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].SupportsShouldProcess
        $items = @($help.syntax.syntaxItem)
        $items.Count | Should -Be @($command.ParameterSets).Count
        foreach ($item in $items) {
            $names = @($item.parameter.name)
            if ($supports) {
                $names | Should -Contain 'WhatIf'
                $names | Should -Contain 'Confirm'
            }
            else {
                $names | Should -Not -Contain 'WhatIf'
            }
        }
    }

    It 'names parameter types as PowerShell users know them' {
        $syntax | Should -Not -BeLike '*Nullable*'
        $syntax | Should -Not -BeLike '*`1*'
        ($help.parameters | Out-String -Width 10000) | Should -Not -BeLike '*Nullable*'
        foreach ($parameter in $shown | Where-Object { [Nullable]::GetUnderlyingType($_.ParameterType) }) {
            $syntax | Should -BeLike "*-$($parameter.Name) <$([Nullable]::GetUnderlyingType($parameter.ParameterType).Name)>*"
        }
    }
}

Describe 'Documented defaults' {
    It 'gives -TimeoutSec the same default wherever a cmdlet waits for tasks' {
        $defaults = [SunoPS.Cmdlets.NewSunoMusicCommand], [SunoPS.Cmdlets.WaitSunoTaskCommand], [SunoPS.Cmdlets.SaveSunoTrackCommand] |
            ForEach-Object { $_::new().TimeoutSec }
        $defaults | Should -Be 1200, 1200, 1200
        foreach ($name in 'New-SunoMusic', 'Wait-SunoTask', 'Save-SunoTrack') {
            ((Get-Help $name -Parameter TimeoutSec).description | Out-String) | Should -BeLike '*default 1200*'
        }
    }
}
