namespace SunoPS
{
    /// <summary>
    /// The music family's status strings exactly as the API spells them (and as <see cref="SunoTask.Status"/> shows
    /// them). What each status means, for every family, is the family's status map, not string tests here.
    /// </summary>
    public static class SunoTaskStatus
    {
        public const string Pending = "PENDING";
        public const string TextSuccess = "TEXT_SUCCESS";
        public const string FirstSuccess = "FIRST_SUCCESS";
        public const string Success = "SUCCESS";
        public const string CreateTaskFailed = "CREATE_TASK_FAILED";
        public const string GenerateAudioFailed = "GENERATE_AUDIO_FAILED";
        public const string CallbackException = "CALLBACK_EXCEPTION";
        public const string SensitiveWordError = "SENSITIVE_WORD_ERROR";
    }
}
