namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>The values of lyrics record-info <c>data.status</c> (suno-api.md §5).</summary>
internal enum LyricsStatus
{
    Pending,
    Success,
    CreateTaskFailed,
    GenerateLyricsFailed,
    CallbackException,
    SensitiveWordError,
}

internal static class LyricsStatusNames
{
    private static readonly Dictionary<string, LyricsStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = LyricsStatus.Pending,
        ["SUCCESS"] = LyricsStatus.Success,
        ["CREATE_TASK_FAILED"] = LyricsStatus.CreateTaskFailed,
        ["GENERATE_LYRICS_FAILED"] = LyricsStatus.GenerateLyricsFailed,
        ["CALLBACK_EXCEPTION"] = LyricsStatus.CallbackException,
        ["SENSITIVE_WORD_ERROR"] = LyricsStatus.SensitiveWordError,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToApiName(this LyricsStatus status) => ByName.First(p => p.Value == status).Key;

    public static bool TryParse(string? name, out LyricsStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>Whether the record shows the variants.</summary>
    public static bool HasText(this LyricsStatus status) => status is LyricsStatus.Success or LyricsStatus.CallbackException;

    /// <summary>Failures decided at submission show at once; the others after the generation time.</summary>
    public static bool IsImmediate(this LyricsStatus status) => status is LyricsStatus.CreateTaskFailed or LyricsStatus.SensitiveWordError;

    public static (int? Code, string? Message) ErrorOf(this LyricsStatus status) => status switch
    {
        LyricsStatus.GenerateLyricsFailed => (400, "Lyrics generation failed"), // the failure callback's msg (§6.2)
        LyricsStatus.CreateTaskFailed => (500, "Task creation failed"),
        LyricsStatus.SensitiveWordError => (400, "The prompt contains sensitive words"),
        LyricsStatus.CallbackException => (500, "Callback delivery failed"),
        _ => (null, null),
    };
}
