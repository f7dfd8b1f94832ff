using System.Diagnostics;

namespace SunoPS.Emulator.Tasks;

/// <summary>
/// Emulated time in seconds since the emulator started. It runs <see cref="Speed"/> times faster than
/// real time and can jump ahead, so tests see minutes of generation pass in milliseconds.
/// </summary>
internal sealed class EmulatedClock
{
    // Reads are lock-free: the anchor is replaced as a whole whenever the speed changes or time jumps.
    private sealed record Anchor(long RealTimestamp, double EmulatedSeconds, double Speed);

    private readonly object _gate = new();
    private volatile Anchor _anchor;

    public EmulatedClock(double speed) => _anchor = new Anchor(Stopwatch.GetTimestamp(), 0, speed);

    public double Now => NowOf(_anchor);

    public double Speed
    {
        get => _anchor.Speed;
        set
        {
            if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), "Clock speed must be a positive number.");
            lock (_gate) _anchor = new Anchor(Stopwatch.GetTimestamp(), NowOf(_anchor), value);
        }
    }

    public void Advance(double seconds)
    {
        if (!(seconds >= 0) || double.IsInfinity(seconds)) throw new ArgumentOutOfRangeException(nameof(seconds), "Can only advance by a finite, non-negative number of seconds.");
        lock (_gate)
        {
            var a = _anchor;
            _anchor = new Anchor(Stopwatch.GetTimestamp(), NowOf(a) + seconds, a.Speed);
        }
    }

    private static double NowOf(Anchor a) =>
        a.EmulatedSeconds + Stopwatch.GetElapsedTime(a.RealTimestamp).TotalSeconds * a.Speed;
}
