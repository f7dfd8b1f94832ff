using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Track lengths in MP3 frames. Frame counts are multiples of 5 (5 × 24 ms = 0.12 s) so the duration
/// the record reports, rounded to 2 decimals, is exactly frames × 1152 / 48000.
/// </summary>
internal static class TrackLengths
{
    private const int FramesPerUnit = 5;
    private const double SecondsPerUnit = FramesPerUnit * SilentMp3.SecondsPerFrame; // 0.12
    private const long MinDerivedUnits = 250;  // 30 s
    private const long MaxDerivedUnits = 2000; // 240 s

    public static long FramesFor(double seconds) => Math.Max(1, (long)Math.Round(seconds / SecondsPerUnit)) * FramesPerUnit;

    /// <summary>Frames of both tracks: the fixed length when given, otherwise one derived from each id, never equal.</summary>
    public static (long First, long Second) ForPair(Guid first, Guid second, double? fixedSeconds)
    {
        if (fixedSeconds is { } s) return (FramesFor(s), FramesFor(s));
        var a = DerivedUnits(first);
        var b = DerivedUnits(second);
        if (b == a) b = a == MaxDerivedUnits ? a - 1 : a + 1;
        return (a * FramesPerUnit, b * FramesPerUnit);
    }

    private static long DerivedUnits(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var hash = BitConverter.ToUInt64(bytes[..8]) ^ BitConverter.ToUInt64(bytes[8..]);
        return MinDerivedUnits + (long)(hash % (ulong)(MaxDerivedUnits - MinDerivedUnits + 1));
    }
}
