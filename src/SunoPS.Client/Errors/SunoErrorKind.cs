namespace SunoPS.Client.Errors
{
    /// <summary>What went wrong, in the terms a caller branches on. Each kind has one stable error id.</summary>
    public enum SunoErrorKind
    {
        ApiKeyMissing,
        AuthenticationFailed,
        InsufficientCredits,
        RateLimited,
        ServiceUnavailable,
        InvalidRequest,
        ServerError,
        TaskNotFound,
        TaskFailed,
        WaitTimeout,
        DownloadFailed,

        /// <summary>A task (or track) has no downloadable files yet: it must be waited for first.</summary>
        TaskNotComplete,
        MalformedResponse,
        NetworkError,
        Timeout,

        /// <summary>The API already has what was asked for (409: a WAV or video of that track, a persona).</summary>
        AlreadyExists,

        /// <summary>
        /// A paid submission whose outcome is unknown (a reset after sending, a time-out, a 5xx, an unreadable answer,
        /// an acceptance without a task id): it may have been accepted and charged, and is never sent again by itself.
        /// </summary>
        SubmissionOutcomeUnknown,
    }
}
