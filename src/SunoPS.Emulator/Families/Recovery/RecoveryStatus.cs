namespace SunoPS.Emulator.Families.Recovery;

/// <summary>Recovery's status is the details' top-level <c>code</c> (suno-api.md §4.17).</summary>
internal enum RecoveryStatus
{
    /// <summary>201: still running; <c>data</c> is null.</summary>
    Running = 201,

    /// <summary>200: at least one track recovered.</summary>
    Done = 200,

    /// <summary>500: every track failed.</summary>
    AllFailed = 500,
}

internal static class RecoveryStatusNames
{
    public static IEnumerable<string> All => ["201", "200", "500"];

    public static string ToApiName(this RecoveryStatus status) => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? name, out RecoveryStatus status)
    {
        status = name?.Trim() switch { "201" => RecoveryStatus.Running, "200" => RecoveryStatus.Done, "500" => RecoveryStatus.AllFailed, _ => 0 };
        return status != 0;
    }

    public static string MessageOf(this RecoveryStatus status) => status switch
    {
        RecoveryStatus.Running => "Recovery in progress",
        RecoveryStatus.AllFailed => "All tracks failed to recover",
        _ => "success",
    };
}
