@{
    Synopsis    = 'Tells whether a custom Suno voice can be used yet.'
    Description = @'
Asks the API (POST /api/v1/voice/check-voice, synchronous, no credits; the endpoint names its field task_id) whether the voice of a voice task is available, and returns one SunoPS.SunoVoiceAvailability per task id, with TaskId and IsAvailable. Voice tasks (from New-SunoVoice) and ids bind -TaskId from the pipeline.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId = 'The voice task (from New-SunoVoice): an id, or a task piped in.'
    }
    Examples    = @(
        @{ Code = '$voice | Test-SunoVoice'; Remarks = 'Shows whether the voice is available.' }
    )
}
