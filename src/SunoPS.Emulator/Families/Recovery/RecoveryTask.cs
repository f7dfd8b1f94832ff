using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// Fresh links for every track of a finished music task: running (201) for <see cref="RecoveryFamily.Seconds"/>, then one
/// item per track in the original order, each recovered or failed with one of the documented error names.
/// </summary>
internal sealed class RecoveryTask : IEmulatedTask
{
    /// <summary>The error a track that is not recovered shows (one of the documented values).</summary>
    public const string TrackError = "clip_error";

    private readonly FileGenerations _generations = new();

    private RecoveryTask(string taskId, MusicTask source, string callbackUrl, TaskTiming timing, bool[] trackFails, bool mp3)
    {
        TaskId = taskId;
        Source = source;
        CallbackUrl = callbackUrl;
        Timing = timing;
        TrackFails = trackFails;
        IsMp3 = mp3;
    }

    public string TaskId { get; }

    public MusicTask Source { get; }

    public string CallbackUrl { get; }

    public TaskTiming Timing { get; }

    /// <summary>Per source track: true when it is not recovered.</summary>
    public IReadOnlyList<bool> TrackFails { get; }

    /// <summary>The recovered audio is MP3 (otherwise M4A, as the documented example).</summary>
    public bool IsMp3 { get; }

    public IEnumerable<TaskKey> Keys => []; // a music task may be recovered again

    public int FileGeneration => _generations.Current;

    /// <param name="forcedStatus">A seeded status taken at once and kept: 201 never finishes, 500 fails every track.</param>
    public static RecoveryTask Create(EmulatedClock clock, MusicTask source, string callbackUrl, RecoveryStatus? forcedStatus = null, double? doneAfter = null)
    {
        var words = RecoveryMagicWords.Find(source.Draft);
        var allFail = forcedStatus == RecoveryStatus.AllFailed || forcedStatus is null && words.AllFail;
        var fails = new bool[source.Tracks.Count];
        for (var i = 0; i < fails.Length; i++) fails[i] = allFail || (forcedStatus is null && words.FirstFails && i == 0);
        var after = forcedStatus switch
        {
            RecoveryStatus.Running => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? RecoveryFamily.Seconds,
        };
        return new RecoveryTask(Guid.NewGuid().ToString("N"), source, callbackUrl, TaskTiming.Start(clock, after), fails, words.Mp3);
    }

    public RecoveryStatus StatusAt(double now) =>
        !Timing.IsDone(now) ? RecoveryStatus.Running : TrackFails.All(f => f) ? RecoveryStatus.AllFailed : RecoveryStatus.Done;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    /// <summary>The file name of track <paramref name="index"/>'s recovered audio: base64url of "taskId_index".</summary>
    public string EncodedNameOf(int index) => FileNames.Encode(TaskId + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public int ExpireFiles(int code) => _generations.Expire(code);

    public int GenerationStatus(int generation) => _generations.StatusOf(generation);
}
