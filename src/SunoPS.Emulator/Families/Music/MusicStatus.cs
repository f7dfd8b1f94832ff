namespace SunoPS.Emulator.Families.Music;

/// <summary>The values of record-info <c>data.status</c> for the music family.</summary>
internal enum MusicStatus
{
    Pending,
    TextSuccess,
    FirstSuccess,
    Success,
    CreateTaskFailed,
    GenerateAudioFailed,
    CallbackException,
    SensitiveWordError,
}

internal static class MusicStatusNames
{
    private static readonly Dictionary<string, MusicStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = MusicStatus.Pending,
        ["TEXT_SUCCESS"] = MusicStatus.TextSuccess,
        ["FIRST_SUCCESS"] = MusicStatus.FirstSuccess,
        ["SUCCESS"] = MusicStatus.Success,
        ["CREATE_TASK_FAILED"] = MusicStatus.CreateTaskFailed,
        ["GENERATE_AUDIO_FAILED"] = MusicStatus.GenerateAudioFailed,
        ["CALLBACK_EXCEPTION"] = MusicStatus.CallbackException,
        ["SENSITIVE_WORD_ERROR"] = MusicStatus.SensitiveWordError,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToApiName(this MusicStatus status) => status switch
    {
        MusicStatus.Pending => "PENDING",
        MusicStatus.TextSuccess => "TEXT_SUCCESS",
        MusicStatus.FirstSuccess => "FIRST_SUCCESS",
        MusicStatus.Success => "SUCCESS",
        MusicStatus.CreateTaskFailed => "CREATE_TASK_FAILED",
        MusicStatus.GenerateAudioFailed => "GENERATE_AUDIO_FAILED",
        MusicStatus.CallbackException => "CALLBACK_EXCEPTION",
        MusicStatus.SensitiveWordError => "SENSITIVE_WORD_ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? name, out MusicStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>Whether the record carries track items (the success path, and a failed callback that keeps them).</summary>
    public static bool HasTracks(this MusicStatus status) =>
        status is MusicStatus.TextSuccess or MusicStatus.FirstSuccess or MusicStatus.Success or MusicStatus.CallbackException;

    public static bool IsComplete(this MusicStatus status) =>
        status is MusicStatus.Success or MusicStatus.CallbackException;
}
