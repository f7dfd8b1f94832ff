namespace SunoPS.Emulator.Tasks;

/// <summary>
/// When a task of a derived family (separation, MIDI, voice) was made and when it finishes, as WAV tasks keep it:
/// emulated seconds for the status, real epoch ms for the record's createTime and completeTime. The complete time
/// is stamped once, by the first read that sees the task done, so every later read shows the same time.
/// </summary>
internal sealed class CompletionStamp
{
    private long _completeTimeMs; // 0 until a read first sees the task finished

    /// <param name="clock">The emulator's clock, read now.</param>
    /// <param name="doneAfter">Emulated seconds from now to the final status; infinity never finishes.</param>
    public CompletionStamp(EmulatedClock clock, double doneAfter)
    {
        CreatedAt = clock.Now;
        DoneAfter = doneAfter;
        CreateTimeMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        ExpectedCompleteMs = CreateTimeMs + (double.IsFinite(doneAfter) ? (long)Math.Round(doneAfter * 1000 / clock.Speed) : 0);
    }

    public double CreatedAt { get; }
    public double DoneAfter { get; }
    public long CreateTimeMs { get; }
    public long ExpectedCompleteMs { get; }

    /// <summary>Emulated seconds since creation.</summary>
    public double AgeAt(double now) => now - CreatedAt;

    public bool IsDoneAt(double now) => AgeAt(now) >= DoneAfter;

    /// <summary>The real time it finished, or null while it runs (see the class summary).</summary>
    public long? CompleteTimeMsAt(double now)
    {
        if (!IsDoneAt(now)) return null;
        var stamped = Interlocked.Read(ref _completeTimeMs);
        if (stamped != 0) return stamped;
        var candidate = Math.Min(ExpectedCompleteMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var previous = Interlocked.CompareExchange(ref _completeTimeMs, candidate, 0);
        return previous != 0 ? previous : candidate;
    }
}
