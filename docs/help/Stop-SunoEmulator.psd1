@{
    Synopsis    = 'Stops emulators started with Start-SunoEmulator.'
    Description = @'
Stops the emulators piped in (what Start-SunoEmulator returned), or, without input, every emulator this PowerShell process started. The emulator is asked to stop and is ended if it has not within five seconds; its temporary files go with it.
'@
    Parameters  = @{
        InputObject = 'The emulator to stop; every emulator this process started when not given.'
    }
    Examples    = @(
        @{ Code = '$emu | Stop-SunoEmulator'; Remarks = 'Stops one emulator.' }
        @{ Code = 'Stop-SunoEmulator'; Remarks = 'Stops every emulator this process started (an AfterAll block of a test file).' }
    )
}
