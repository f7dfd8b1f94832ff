namespace SunoPS.Emulator.Families.Music;

/// <summary>How a task ends; decided when it is created (magic words or a seeded status).</summary>
internal enum TaskOutcome
{
    Success,
    /// <summary>Reaches TEXT_SUCCESS, then GENERATE_AUDIO_FAILED when the first audio would be ready.</summary>
    AudioFailed,
    /// <summary>SENSITIVE_WORD_ERROR at once.</summary>
    SensitiveWord,
    /// <summary>CREATE_TASK_FAILED at once.</summary>
    CreateFailed,
    /// <summary>Runs like a success and ends in CALLBACK_EXCEPTION, keeping its tracks.</summary>
    CallbackException,
}
