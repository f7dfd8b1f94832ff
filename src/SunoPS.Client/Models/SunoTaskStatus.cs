using System;

namespace SunoPS
{
    /// <summary>The music task status strings exactly as the API spells them, and what each means.</summary>
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

        public static bool IsFailure(string? status) =>
            Is(status, CreateTaskFailed) || Is(status, GenerateAudioFailed) ||
            Is(status, CallbackException) || Is(status, SensitiveWordError) ||
            // Other task families spell failures as *_FAILED; treat any such word as terminal failure.
            (status != null && status.EndsWith("_FAILED", StringComparison.OrdinalIgnoreCase));

        public static bool IsTerminal(string? status) => Is(status, Success) || IsFailure(status);

        /// <summary>How far a task has come: 0 pending, 1 text, 2 first track playable, 3 complete.</summary>
        public static int StageOf(string? status)
        {
            if (Is(status, Success)) return 3;
            if (Is(status, FirstSuccess)) return 2;
            if (Is(status, TextSuccess)) return 1;
            return 0;
        }

        private static bool Is(string? status, string expected) =>
            string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
    }
}
