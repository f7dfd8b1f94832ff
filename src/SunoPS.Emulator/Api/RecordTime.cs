using System.Globalization;

namespace SunoPS.Emulator.Api;

/// <summary>
/// Times written as text, "yyyy-MM-dd HH:mm:ss" in UTC, as the WAV (and stems, MP4…) records show them in
/// the spec examples (suno-api.md §4.16), unlike the music family's epoch milliseconds.
/// </summary>
internal static class RecordTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string Text(long epochMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(epochMs).UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
