# Help text for parameters that a base cmdlet declares for many cmdlets. A cmdlet's own psd1 may override one.
@{
    Parameters = @{
        AllowUnencryptedAuthentication = 'Sends the API key over plain http to a host other than loopback, for this command only. Without it such a base URI (-BaseUri, the session''s, or $env:SUNO_API_BASE_URI / $env:SUNO_UPLOAD_BASE_URI) is a SunoInvalidRequest error and nothing is sent. Loopback http (the emulator) needs no opt-in.'
    }
}
