namespace SunoPS.Emulator.Families.Separation;

/// <summary>The values of vocal-removal record-info <c>data.successFlag</c> (a string, suno-api.md §5).</summary>
internal enum SeparationStatus
{
    Pending,
    Success,
    CreateTaskFailed,
    GenerateAudioFailed,
    CallbackException,
}

internal static class SeparationStatusNames
{
    private static readonly Dictionary<string, SeparationStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = SeparationStatus.Pending,
        ["SUCCESS"] = SeparationStatus.Success,
        ["CREATE_TASK_FAILED"] = SeparationStatus.CreateTaskFailed,
        ["GENERATE_AUDIO_FAILED"] = SeparationStatus.GenerateAudioFailed,
        ["CALLBACK_EXCEPTION"] = SeparationStatus.CallbackException,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToApiName(this SeparationStatus status) => status switch
    {
        SeparationStatus.Pending => "PENDING",
        SeparationStatus.Success => "SUCCESS",
        SeparationStatus.CreateTaskFailed => "CREATE_TASK_FAILED",
        SeparationStatus.GenerateAudioFailed => "GENERATE_AUDIO_FAILED",
        SeparationStatus.CallbackException => "CALLBACK_EXCEPTION",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? name, out SeparationStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>Whether the record shows the stems, and so whether their files answer.</summary>
    public static bool HasFiles(this SeparationStatus status) => status is SeparationStatus.Success or SeparationStatus.CallbackException;

    public static (int? Code, string? Message) ErrorOf(this SeparationStatus status) => status switch
    {
        SeparationStatus.GenerateAudioFailed => (400, "Vocal separation failed"), // the failure callback's msg (§6.4)
        SeparationStatus.CreateTaskFailed => (500, "Task creation failed"),
        SeparationStatus.CallbackException => (500, "Callback delivery failed"),
        _ => (null, null),
    };
}
