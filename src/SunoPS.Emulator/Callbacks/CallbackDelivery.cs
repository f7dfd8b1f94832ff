namespace SunoPS.Emulator.Callbacks;

/// <summary>
/// One callback in the delivery log (GET /_emulator/callbacks): a stage of a task posted, or not, to its URL, with
/// the body and the HTTP status of each attempt (0 where no answer came).
/// </summary>
public sealed class CallbackDelivery
{
    public required string TaskId { get; init; }

    /// <summary>The family's name, e.g. "music", "wav".</summary>
    public required string Family { get; init; }

    /// <summary>text, first, complete or error.</summary>
    public required string Stage { get; init; }

    public required string Url { get; init; }

    /// <summary>The JSON body posted (null when it was not sent at all).</summary>
    public string? Body { get; init; }

    /// <summary>delivered, pending, failed (every attempt answered non-200), or skipped (never sent; see Reason).</summary>
    public string Outcome { get; internal set; } = "pending";

    public string? Reason { get; internal set; }

    /// <summary>The HTTP status of each attempt, in order (0: no answer, a refused connection or a time-out).</summary>
    public IReadOnlyList<int> Attempts
    {
        get
        {
            lock (_attempts) return _attempts.ToArray();
        }
    }

    /// <summary>Emulated clock seconds when the stage was reached.</summary>
    public double StageAt { get; init; }

    private readonly List<int> _attempts = [];

    internal void AddAttempt(int status)
    {
        lock (_attempts) _attempts.Add(status);
    }

    internal int AttemptCount
    {
        get
        {
            lock (_attempts) return _attempts.Count;
        }
    }
}
