namespace SunoPS.Emulator.Families.Wav;

/// <summary>The values of WAV record-info <c>data.successFlag</c> (a string, suno-api.md §5).</summary>
internal enum WavStatus
{
    Pending,
    Success,
    CreateTaskFailed,
    GenerateWavFailed,
    CallbackException,
}

internal static class WavStatusNames
{
    private static readonly Dictionary<string, WavStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = WavStatus.Pending,
        ["SUCCESS"] = WavStatus.Success,
        ["CREATE_TASK_FAILED"] = WavStatus.CreateTaskFailed,
        ["GENERATE_WAV_FAILED"] = WavStatus.GenerateWavFailed,
        ["CALLBACK_EXCEPTION"] = WavStatus.CallbackException,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToApiName(this WavStatus status) => status switch
    {
        WavStatus.Pending => "PENDING",
        WavStatus.Success => "SUCCESS",
        WavStatus.CreateTaskFailed => "CREATE_TASK_FAILED",
        WavStatus.GenerateWavFailed => "GENERATE_WAV_FAILED",
        WavStatus.CallbackException => "CALLBACK_EXCEPTION",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? name, out WavStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>Whether the record shows the file's URL, and so whether the file answers.</summary>
    public static bool HasFile(this WavStatus status) => status is WavStatus.Success or WavStatus.CallbackException;

    /// <summary>errorCode and errorMessage of the record; both null unless the task failed.</summary>
    public static (int? Code, string? Message) ErrorOf(this WavStatus status) => status switch
    {
        WavStatus.GenerateWavFailed => (501, "WAV format conversion failed"), // the failure callback's msg (§6.3)
        WavStatus.CreateTaskFailed => (500, "Task creation failed"),
        WavStatus.CallbackException => (500, "Callback delivery failed"),
        _ => (null, null),
    };
}
