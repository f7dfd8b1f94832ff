namespace SunoPS.Emulator.Tasks;

/// <summary>
/// A generation task. Its status is not stored but computed from the emulated clock on each read,
/// so thousands of tasks cost no timers; only file expiry mutates it.
/// </summary>
internal sealed class MusicTask
{
    private readonly object _gate = new();
    private readonly List<int> _expiredCodes = []; // code for generation i+1 once it has expired
    private int _sourceExpiredCode;

    public MusicTask(string taskId, string paramJson, string chirpName, double createdAt, long createTimeMs,
        TaskTimeline timeline, TaskOutcome outcome, IReadOnlyList<Track> tracks)
    {
        TaskId = taskId;
        ParamJson = paramJson;
        ChirpName = chirpName;
        CreatedAt = createdAt;
        CreateTimeMs = createTimeMs;
        Timeline = timeline;
        Outcome = outcome;
        Tracks = tracks;
    }

    public string TaskId { get; }

    /// <summary>The request body as a JSON string with sorted keys, as record-info echoes it.</summary>
    public string ParamJson { get; }

    /// <summary>Suno's internal model name, shown in <c>type</c> and <c>modelName</c>.</summary>
    public string ChirpName { get; }

    /// <summary>Emulated seconds at creation.</summary>
    public double CreatedAt { get; }

    public long CreateTimeMs { get; }

    public TaskTimeline Timeline { get; }

    public TaskOutcome Outcome { get; }

    public IReadOnlyList<Track> Tracks { get; }

    /// <summary>The generation segment of the current file URLs; bumped each time the files expire.</summary>
    public int FileGeneration
    {
        get { lock (_gate) return _expiredCodes.Count + 1; }
    }

    public MusicStatus StatusAt(double now)
    {
        switch (Outcome)
        {
            case TaskOutcome.SensitiveWord: return MusicStatus.SensitiveWordError;
            case TaskOutcome.CreateFailed: return MusicStatus.CreateTaskFailed;
        }

        var elapsed = now - CreatedAt;
        if (elapsed < Timeline.TextAt) return MusicStatus.Pending;
        if (elapsed < Timeline.FirstAt) return MusicStatus.TextSuccess;
        if (Outcome == TaskOutcome.AudioFailed) return MusicStatus.GenerateAudioFailed;
        if (elapsed < Timeline.CompleteAt) return MusicStatus.FirstSuccess;
        return Outcome == TaskOutcome.CallbackException ? MusicStatus.CallbackException : MusicStatus.Success;
    }

    /// <summary>The current URLs stop working (answering <paramref name="code"/>) and new ones are issued.</summary>
    public int ExpireFiles(int code)
    {
        lock (_gate)
        {
            _expiredCodes.Add(code);
            _sourceExpiredCode = code; // source (CDN) URLs are never re-issued, like Suno's own
            return _expiredCodes.Count + 1;
        }
    }

    /// <summary>0 when a generation's URLs work, the HTTP status to answer when expired, 404 when never issued.</summary>
    public int GenerationStatus(int generation)
    {
        lock (_gate)
        {
            if (generation == _expiredCodes.Count + 1) return 0;
            return generation >= 1 && generation <= _expiredCodes.Count ? _expiredCodes[generation - 1] : 404;
        }
    }

    /// <summary>0 while the source URLs work, otherwise the HTTP status they answer.</summary>
    public int SourceStatus
    {
        get { lock (_gate) return _sourceExpiredCode; }
    }
}
