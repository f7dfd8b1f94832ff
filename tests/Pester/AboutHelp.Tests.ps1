# about_SunoPS: installed with the module, and in step with the README's error table and the exported cmdlets.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $root 'out/SunoPS/SunoPS.psd1') -Force
    $script:about = (Get-Help about_SunoPS | Out-String)
    $script:readme = Get-Content -Raw (Join-Path $root 'README.md')
}

Describe 'about_SunoPS' {
    It 'is found by Get-Help' {
        $script:about | Should -Match 'about_SunoPS'
        $script:about | Should -Match 'KEYS AND SETTINGS'
    }

    It 'explains every error id the README documents' {
        $ids = [regex]::Matches($script:readme, '(?m)^\| `(Suno\w+)` \|') | ForEach-Object { $_.Groups[1].Value }
        $ids.Count | Should -BeGreaterThan 10
        foreach ($id in $ids) { $script:about | Should -Match "\b$id\b" -Because "$id is in the README's error table" }
    }

    It 'names every cmdlet that submits work' {
        foreach ($name in (Get-Command -Module SunoPS -Verb New, Add, Split, Edit, Restore, ConvertTo, Reset, Test, Optimize, Send).Name) {
            $script:about | Should -Match "\b$name\b" -Because "$name is exported"
        }
    }
}
