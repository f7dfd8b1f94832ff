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
        MalformedResponse,
        NetworkError,
        Timeout,
    }
}
