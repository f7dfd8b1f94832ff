# Help text for parameters that a base cmdlet declares for many cmdlets. A cmdlet's own psd1 may override one.
@{
    Parameters = @{
        AllowUnencryptedAuthentication = 'Sends the API key over plain http to a host other than loopback, for this command only. Without it such a base URI (-BaseUri, the session''s, or $env:SUNO_API_BASE_URI / $env:SUNO_UPLOAD_BASE_URI) is a SunoInvalidRequest error and nothing is sent. Loopback http (the emulator) needs no opt-in.'
        IdempotencyKey = 'A key of your choosing (a run id plus a row number, say) that makes the submission safe to repeat: the same key with the same request returns the task submitted earlier, read live from the API with a verbose line saying so, instead of paying again; the same key with a different request is a SunoInvalidRequest error naming the earlier task. Keys are kept in the task journal (see about_SunoPS), and the check and the submission are atomic across processes. With the journal off ($env:SUNO_JOURNAL = ''off'') the parameter is a SunoInvalidRequest error. Binds by property name, so a CSV column gives each row its own key.'
    }
}
