namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>The values of cover-art record-info <c>data.successFlag</c>: an integer, and 2 means generating (suno-api.md §5).</summary>
internal enum CoverArtStatus
{
    Pending = 0,
    Success = 1,
    Generating = 2,
    Failed = 3,
}

internal static class CoverArtStatusNames
{
    public static IEnumerable<string> All => ["0", "1", "2", "3"];

    /// <summary>The flag as text ("0"…"3"), as the store's status name and seeding use it.</summary>
    public static string ToApiName(this CoverArtStatus status) => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? name, out CoverArtStatus status)
    {
        status = default;
        if (!int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var flag) || flag is < 0 or > 3) return false;
        status = (CoverArtStatus)flag;
        return true;
    }

    public static bool IsFinished(this CoverArtStatus status) => status is CoverArtStatus.Success or CoverArtStatus.Failed;
}
