# The repository's own scripts (build, benchmarks, demo, test support) must at least parse: the benchmarks run only
# on demand, so a quoting slip in one of them would otherwise surface in the next bench run, not in CI.
BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $scripts = foreach ($folder in 'bench', 'build', 'tests/Support', 'tests/Pester') {
        Get-ChildItem -LiteralPath (Join-Path $root $folder) -Recurse -File -Include '*.ps1', '*.psm1' |
            ForEach-Object { @{ Name = [IO.Path]::GetRelativePath($root, $_.FullName); Path = $_.FullName } }
    }
    $scripts += @{ Name = 'build.ps1'; Path = (Join-Path $root 'build.ps1') }
}

Describe 'Repository scripts' {
    It '<Name> parses' -ForEach $scripts {
        $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$null, [ref]$errors)
        @($errors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" }) | Should -BeNullOrEmpty
    }
}
