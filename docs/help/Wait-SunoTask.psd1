@{
    Synopsis    = 'Waits until Suno tasks finish, writing each one out the moment it does.'
    Description = @'
Polls all tasks with one scheduler: each task is read at its own pace, starting at -PollIntervalSec and backing off with jitter towards 30 seconds for long runners, and every read shares one budget (-MaxRequestsPerSecond) that slows down when the API answers "slow down". Waiting for hundreds of tasks costs about one read per task per interval, never a burst.

Each task is written to the pipeline as soon as it reaches the stage named by -Until. A task that fails (CREATE_TASK_FAILED, GENERATE_AUDIO_FAILED, CALLBACK_EXCEPTION, SENSITIVE_WORD_ERROR) is a non-terminating SunoTaskFailed error with the API's errorCode and errorMessage, the task id as TargetObject and the task itself in the exception's Target property ($err.Exception.Target); the others go on. A task that does not finish within -TimeoutSec is a SunoWaitTimeout error naming its last status. A progress bar counts tasks per status; status changes also go to -Verbose. Ctrl+C stops at once.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId               = 'Task ids; task objects and CSV rows bind by their TaskId property.'
        Family               = 'The family the ids belong to (default Music). Task objects and CSV rows bind it by their Family property, so a piped WAV task is waited for at the WAV endpoint.'
        Until                = 'Text (lyrics ready), First (a stream URL is playable) or Complete (all tracks downloadable; the default).'
        TimeoutSec           = 'How long to wait for each task, in seconds (default 1200; real generations take minutes).'
        PollIntervalSec      = 'The first interval between reads of a task, in seconds (default 5).'
        MaxRequestsPerSecond = 'The most status reads per second for the whole wait (default 10).'
        Any                  = 'Returns after the first task that finishes.'
    }
    Examples    = @(
        @{ Code = "New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask"; Remarks = 'Waits for one task and returns it finished.' }
        @{ Code = '$tasks | Wait-SunoTask -Until First -TimeoutSec 300'; Remarks = 'Returns each task as soon as its first track can be streamed.' }
    )
}
