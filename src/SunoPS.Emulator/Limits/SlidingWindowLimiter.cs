using System.Diagnostics;

namespace SunoPS.Emulator.Limits;

/// <summary>
/// At most N admissions in any window of real time. Rejected requests are not recorded, so a client
/// that backs off gets through as soon as old admissions leave the window.
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly object _gate = new();
    private readonly Queue<long> _admitted = new(); // Stopwatch timestamps

    /// <summary>Admits the request unless <paramref name="limit"/> admissions already lie within <paramref name="window"/>; a limit of 0 admits all.</summary>
    public bool TryAdmit(int limit, TimeSpan window)
    {
        if (limit <= 0) return true;
        var now = Stopwatch.GetTimestamp();
        var oldest = now - (long)(window.TotalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            while (_admitted.Count > 0 && _admitted.Peek() <= oldest) _admitted.Dequeue();
            if (_admitted.Count >= limit) return false;
            _admitted.Enqueue(now);
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate) _admitted.Clear();
    }
}
