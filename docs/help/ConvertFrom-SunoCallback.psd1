@{
    Synopsis    = 'Turns a callback the Suno API posted into a task object, for webhook runbooks.'
    Description = @'
Reads the body the API posts to a -CallbackUri (suno-api.md section 6) and returns the SunoPS.SunoTask that Get-SunoTask would return for the same task at that stage: its Family, TaskId, ApiStatus, Status, State, ErrorCode, ErrorMessage and the Outputs the record of that family gives. Nothing is sent and no key is needed.

The input may be the JSON text of the body (lines piped one by one, as Get-Content gives them, are joined into one body; several whole bodies piped as separate strings are read one by one), an Azure Automation $WebhookData object (its RequestBody is read), $WebhookData as the JSON text of that object (as Azure passes it to a runbook started from a webhook), or a hashtable or PSCustomObject that ConvertFrom-Json already made of the body.

The family is told by the body's shape (music's callbackType and task_id, lyrics' taskId, WAV's audioWavUrl, separation's vocal_removal_info, MIDI's top-level task_id and instruments, video's video_url, cover art's images, voice's validateInfo or voiceId, recovery's top-level task_id and track list); -Family reads the body as that family instead. A music callback of stage text or first is a running task (TEXT_SUCCESS, FIRST_SUCCESS): pipe it to Wait-SunoTask to wait for the rest. A complete callback is a finished task that Save-SunoTrack saves without reading the API. A failure callback is a failed task with the callback's code as ErrorCode and its message as ErrorMessage.

A body that is not a callback of a known shape, or not JSON, is a non-terminating SunoCallbackInvalid error whose target is the input.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        InputObject = 'The callback body: JSON text (or its lines), an Azure Automation $WebhookData (object or JSON text), or the object ConvertFrom-Json made of the body. Takes pipeline input.'
        Family      = 'The family the body comes from (Music, Lyrics, Wav, Separation, Midi, Video, CoverArt, Recovery, VoiceValidation, Voice). Without it the family is told by the body''s shape.'
    }
    Examples    = @(
        @{ Code = 'param($WebhookData); $WebhookData | ConvertFrom-SunoCallback | Save-SunoTrack -Path ./music'; Remarks = 'An Azure Automation runbook started by the webhook given as -CallbackUri saves the finished tracks.' }
        @{ Code = 'Get-Content ./callback.json | ConvertFrom-SunoCallback'; Remarks = 'Reads a saved callback body into a task object.' }
        @{ Code = '$body | ConvertFrom-SunoCallback | Where-Object State -eq Running | Wait-SunoTask | Save-SunoTrack'; Remarks = 'A text or first stage callback is a running task: wait for it to finish, then save.' }
    )
}
