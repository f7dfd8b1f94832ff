@{
    Synopsis    = 'Starts the bundled Suno API emulator for offline tests.'
    Description = @'
Starts the emulator that ships with SunoPS, a local stand-in for the Suno API, its file host and its upload host, on free loopback ports. Returns a SunoPS.SunoEmulatorInstance with ApiUri, FilesUri, UploadUri, Key (a throwaway key made for it), ControlUri and ProcessId. -SetSession points this session at it at once (Set-SunoApiKey with its key, -BaseUri and -UploadBaseUri); otherwise pass those yourself.

Every endpoint of the API works against it with the documented field names and quirks, tasks advance on a clock -Speed times faster than real time, and ControlUri takes fault injection (POST faults: throttling, maintenance, 5xx, malformed bodies, resets, slow or truncated downloads), stats, reset, settings, seeded tasks and clock moves; magic words in prompts ([fail], [sensitive], [duration:N] …) force outcomes. The emulator's README in the module's emulator folder documents them all. It exits when the PowerShell process that started it ends; Stop-SunoEmulator stops it sooner.

It is an ASP.NET Core app: it needs the .NET 10 runtime with ASP.NET Core (the dotnet host is taken from DOTNET_HOST_PATH, DOTNET_ROOT or PATH). A missing runtime is a SunoEmulatorStartFailed error that says so.
'@
    Parameters  = @{
        Speed        = 'Emulated seconds per real second (default 60: a generation''s minutes pass in seconds).'
        TrackSeconds = 'The length of every generated track in seconds (by default lengths vary as the API''s do).'
        Credits      = 'The credits the emulated account starts with.'
        Key          = 'The key the emulator accepts; a random test key when not given.'
        ArgumentList = 'Further emulator options as its command line takes them, e.g. ''--http-status-errors'' or ''--read-limit'',''5''.'
        SetSession   = 'Points this session at the emulator (its key, -BaseUri and -UploadBaseUri).'
    }
    Examples    = @(
        @{ Code = '$emu = Start-SunoEmulator -SetSession; New-SunoMusic -Prompt ''test'' -Wait | Save-SunoTrack -Path $TestDrive; $emu | Stop-SunoEmulator'; Remarks = 'Runs the one-liner offline.' }
        @{ Code = 'Invoke-RestMethod -Method Post -Uri "$($emu.ControlUri)faults" -ContentType application/json -Body ''{"target":"api","kind":"bodyCode","code":455,"count":1}'''; Remarks = 'Makes the next API request answer code 455 (maintenance).' }
    )
}
