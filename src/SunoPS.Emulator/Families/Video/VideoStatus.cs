namespace SunoPS.Emulator.Families.Video;

/// <summary>The values of MP4 record-info <c>data.successFlag</c> (a string, suno-api.md §5).</summary>
internal enum VideoStatus
{
    Pending,
    Success,
    CreateTaskFailed,
    GenerateMp4Failed,
    CallbackException,
}

internal static class VideoStatusNames
{
    private static readonly Dictionary<string, VideoStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = VideoStatus.Pending,
        ["SUCCESS"] = VideoStatus.Success,
        ["CREATE_TASK_FAILED"] = VideoStatus.CreateTaskFailed,
        ["GENERATE_MP4_FAILED"] = VideoStatus.GenerateMp4Failed,
        ["CALLBACK_EXCEPTION"] = VideoStatus.CallbackException,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToApiName(this VideoStatus status) => ByName.First(p => p.Value == status).Key;

    public static bool TryParse(string? name, out VideoStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>Whether the record shows the video's URL, and so whether the file answers.</summary>
    public static bool HasFile(this VideoStatus status) => status is VideoStatus.Success or VideoStatus.CallbackException;

    public static (int? Code, string? Message) ErrorOf(this VideoStatus status) => status switch
    {
        VideoStatus.GenerateMp4Failed => (400, "Music video generation failed"), // the failure callback's msg (§6.6)
        VideoStatus.CreateTaskFailed => (500, "Task creation failed"),
        VideoStatus.CallbackException => (500, "Callback delivery failed"),
        _ => (null, null),
    };
}
