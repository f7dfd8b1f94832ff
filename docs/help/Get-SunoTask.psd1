@{
    Synopsis    = 'Gets Suno task records by id, or the tasks of the local task journal.'
    Description = @'
Reads the record of each task from its family's record-info endpoint (music: GET /api/v1/generate/record-info; WAV: /api/v1/wav/record-info; …) and returns one SunoPS.SunoTask per id: its status in three views (ApiStatus as the API sent it, Status in one upper-case vocabulary, State: Pending, Running, Succeeded or Failed), the files it produced (Outputs), the request's parameters (parsed from the API's param string), its tracks and any error. Ids come from -TaskId, from the pipeline as strings, or by property name from task objects and CSV rows (a TaskId or Id column).

Ids from the pipeline are read a few at a time in the background while more arrive, and written out in input order. An unknown id is a non-terminating SunoTaskNotFound error with the id as TargetObject; the other ids go on.

-Recent reads the task journal instead (every task id the API accepted from this user account on this machine, written the moment it was accepted; see about_SunoPS) and returns those of the API in effect (its host, and port when not the default) read live, in journal order, newest last: -Since limits them to a time (default: the last 24 hours) and -Family to one family. A submission whose outcome was unknown is in the journal without a task id: -Recent warns about each one in the window. So a runbook killed mid-wait resumes with Get-SunoTask -Recent -Since (Get-Date).AddHours(-1) | Wait-SunoTask | Save-SunoTrack.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId        = 'One or more task ids, as New-SunoMusic returned them.'
        Family        = 'The family the ids belong to: Music (default), Wav, Lyrics, Separation, Midi, Video, CoverArt, Recovery, VoiceValidation or Voice. Task objects and CSV rows bind it by their Family property, so a piped task is read from its own endpoint.'
        ThrottleLimit = 'How many reads run at once (default 8).'
        Recent        = 'Reads the tasks of the local task journal ($env:SUNO_JOURNAL_PATH, or SunoPS/tasks.jsonl in the user''s local application data folder) instead of given ids, live from the API, in journal order (newest last).'
        Since         = 'With -Recent: only the tasks submitted at or after this time (a DateTime; local unless it says otherwise). Default: the last 24 hours.'
    }
    Examples    = @(
        @{ Code = 'Get-SunoTask -TaskId 7d9e4d9ed34ba8096fcdd5782ff94dfe'; Remarks = 'Reads one task.' }
        @{ Code = "'id1', 'id2' | Get-SunoTask | Export-Csv tasks.csv`nImport-Csv tasks.csv | Get-SunoTask"; Remarks = 'Exports task records (tracks appear as their ids) and reads them again later by the TaskId column.' }
        @{ Code = 'Get-SunoTask -Recent -Since (Get-Date).AddHours(-1) | Wait-SunoTask | Save-SunoTrack -Path ./music'; Remarks = 'Resumes a runbook that was killed mid-wait: the tasks it submitted in the last hour, from the task journal, waited for and saved.' }
    )
}
