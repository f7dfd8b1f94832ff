using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// A WAV conversion of one track of a music task. PENDING until <see cref="DoneAfter"/> emulated seconds
/// have passed, then <see cref="Final"/>; like music, the status is computed from the clock on each read.
/// </summary>
internal sealed class WavTask : IEmulatedTask
{
    /// <summary>The store index of source tracks: one WAV record per track (a second request is code 409).</summary>
    public const string SourceIndex = "wav-source";

    private readonly FileGenerations _generations = new();
    private long _completeTimeMs; // 0 until a read first sees the task finished

    public WavTask(string taskId, MusicTask source, int musicIndex, string callbackUrl, double createdAt, long createTimeMs,
        double doneAfter, WavStatus final, long expectedCompleteMs)
    {
        TaskId = taskId;
        EncodedId = FileNames.Encode(taskId);
        Source = source;
        MusicIndex = musicIndex;
        CallbackUrl = callbackUrl;
        CreatedAt = createdAt;
        CreateTimeMs = createTimeMs;
        DoneAfter = doneAfter;
        Final = final;
        ExpectedCompleteMs = expectedCompleteMs;
    }

    public string TaskId { get; }

    /// <summary>The file name of its WAV: base64url of the task id.</summary>
    public string EncodedId { get; }

    public MusicTask Source { get; }

    /// <summary>Which of the source task's tracks (0 or 1).</summary>
    public int MusicIndex { get; }

    public Track Track => Source.Tracks[MusicIndex];

    /// <summary>The callBackUrl sent; the record shows it as <c>callbackUrl</c>.</summary>
    public string CallbackUrl { get; }

    /// <summary>Emulated seconds at creation.</summary>
    public double CreatedAt { get; }

    /// <summary>Real time of creation (epoch ms), whatever the clock speed.</summary>
    public long CreateTimeMs { get; }

    /// <summary>Emulated seconds from creation to the final status; infinity keeps it PENDING.</summary>
    public double DoneAfter { get; }

    public WavStatus Final { get; }

    /// <summary>Real time the task finishes at the clock speed it was created with, if nobody moves the clock.</summary>
    public long ExpectedCompleteMs { get; }

    public IEnumerable<TaskKey> Keys => [new TaskKey(SourceIndex, Track.Id)];

    public int FileGeneration => _generations.Current;

    public WavStatus StatusAt(double now) => now - CreatedAt < DoneAfter ? WavStatus.Pending : Final;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    /// <summary>
    /// The real time it finished, or null while PENDING. The expected time, unless the clock was moved ahead
    /// (AdvanceClock), which would put it in the future: then the moment a read first saw it finished.
    /// Stamped once, so every later read shows the same time.
    /// </summary>
    public long? CompleteTimeMsAt(double now)
    {
        if (StatusAt(now) == WavStatus.Pending) return null;
        var stamped = Interlocked.Read(ref _completeTimeMs);
        if (stamped != 0) return stamped;
        var candidate = Math.Min(ExpectedCompleteMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var previous = Interlocked.CompareExchange(ref _completeTimeMs, candidate, 0);
        return previous != 0 ? previous : candidate;
    }

    public int ExpireFiles(int code) => _generations.Expire(code);

    /// <summary>0 when a generation's URL works, the HTTP status to answer when expired, 404 when never issued.</summary>
    public int GenerationStatus(int generation) => _generations.StatusOf(generation);
}
