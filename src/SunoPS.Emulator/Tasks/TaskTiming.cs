namespace SunoPS.Emulator.Tasks;

/// <summary>
/// When a single-step task (lyrics, video, cover art, recovery) was made and finishes: emulated seconds for its
/// status, real epoch-ms for the times its record shows. Like a WAV task's, the finish time is stamped once, on the
/// first read that sees it finished, so every later read shows the same time.
/// </summary>
internal sealed class TaskTiming
{
    private long _completeTimeMs; // 0 until a read first sees the task finished

    private TaskTiming(double createdAt, long createTimeMs, double doneAfter, long expectedCompleteMs)
    {
        CreatedAt = createdAt;
        CreateTimeMs = createTimeMs;
        DoneAfter = doneAfter;
        ExpectedCompleteMs = expectedCompleteMs;
    }

    /// <summary>Emulated seconds at creation.</summary>
    public double CreatedAt { get; }

    /// <summary>Real time of creation (epoch ms), whatever the clock speed.</summary>
    public long CreateTimeMs { get; }

    /// <summary>Emulated seconds from creation to the final status; infinity never finishes.</summary>
    public double DoneAfter { get; }

    public long ExpectedCompleteMs { get; }

    /// <param name="doneAfter">Emulated seconds to the final status; infinity keeps the task unfinished.</param>
    public static TaskTiming Start(EmulatedClock clock, double doneAfter)
    {
        var createdMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var expectedMs = createdMs + (double.IsFinite(doneAfter) ? (long)Math.Round(doneAfter * 1000 / clock.Speed) : 0);
        return new TaskTiming(clock.Now, createdMs, doneAfter, expectedMs);
    }

    /// <summary>Emulated seconds since creation.</summary>
    public double Elapsed(double now) => now - CreatedAt;

    public bool IsDone(double now) => Elapsed(now) >= DoneAfter;

    /// <summary>The real time it finished, or null while it has not.</summary>
    public long? CompleteTimeMsAt(double now)
    {
        if (!IsDone(now)) return null;
        var stamped = Interlocked.Read(ref _completeTimeMs);
        if (stamped != 0) return stamped;
        var candidate = Math.Min(ExpectedCompleteMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var previous = Interlocked.CompareExchange(ref _completeTimeMs, candidate, 0);
        return previous != 0 ? previous : candidate;
    }
}
