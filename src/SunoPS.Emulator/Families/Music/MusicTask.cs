using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// A generation task. Its status is not stored but computed from the emulated clock on each read,
/// so thousands of tasks cost no timers; only file expiry mutates it.
/// </summary>
internal sealed class MusicTask : IEmulatedTask
{
    /// <summary>The store index of track ids (the files origin and the WAV family look tracks up by id).</summary>
    public const string TrackIndex = "music-track";

    private readonly FileGenerations _generations = new();
    private volatile int _sourceExpiredCode;
    private readonly string?[] _personaIds = new string?[2];

    public MusicTask(string taskId, TaskDraft draft, string chirpName, double createdAt, long createTimeMs,
        TaskTimeline timeline, TaskOutcome outcome, IReadOnlyList<Track> tracks)
    {
        TaskId = taskId;
        Draft = draft;
        ChirpName = chirpName;
        CreatedAt = createdAt;
        CreateTimeMs = createTimeMs;
        Timeline = timeline;
        Outcome = outcome;
        Tracks = tracks;
    }

    public string TaskId { get; }

    /// <summary>
    /// The request it was made from. Kept (one reference; seeded tasks share theirs) so that tasks of other
    /// families made from this one can read their own magic words in its prompt, style and title.
    /// </summary>
    public TaskDraft Draft { get; }

    /// <summary>The request body as a JSON string with sorted keys, as record-info echoes it.</summary>
    public string ParamJson => Draft.ParamJson;

    /// <summary>Suno's internal model name, shown in <c>type</c> and <c>modelName</c>.</summary>
    public string ChirpName { get; }

    /// <summary>Emulated seconds at creation.</summary>
    public double CreatedAt { get; }

    public long CreateTimeMs { get; }

    public TaskTimeline Timeline { get; }

    public TaskOutcome Outcome { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IEnumerable<TaskKey> Keys => Tracks.Select(t => new TaskKey(TrackIndex, t.Id));

    /// <summary>The generation segment of the current file URLs; bumped each time the files expire.</summary>
    public int FileGeneration => _generations.Current;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

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

    /// <summary>The index of the track with this id, or -1.</summary>
    public int IndexOf(Guid trackId)
    {
        for (var i = 0; i < Tracks.Count; i++)
        {
            if (Tracks[i].Id == trackId) return i;
        }

        return -1;
    }

    /// <summary>
    /// Records the persona made from track <paramref name="index"/>; false when the track already has one
    /// (one persona per audioId, suno-api.md §4.14). Kept on the task so a reset clears it with the task.
    /// </summary>
    public bool TryClaimPersona(int index, string personaId) =>
        Interlocked.CompareExchange(ref _personaIds[index], personaId, null) is null;

    /// <summary>The current URLs stop working (answering <paramref name="code"/>) and new ones are issued.</summary>
    public int ExpireFiles(int code)
    {
        _sourceExpiredCode = code; // source (CDN) URLs are never re-issued, like Suno's own
        return _generations.Expire(code);
    }

    /// <summary>0 when a generation's URLs work, the HTTP status to answer when expired, 404 when never issued.</summary>
    public int GenerationStatus(int generation) => _generations.StatusOf(generation);

    /// <summary>0 while the source URLs work, otherwise the HTTP status they answer.</summary>
    public int SourceStatus => _sourceExpiredCode;
}
