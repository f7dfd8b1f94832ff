using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Video;

/// <summary>A music video of one track of a music task: PENDING until its time has passed, then <see cref="Final"/>.</summary>
internal sealed class VideoTask : IEmulatedTask
{
    /// <summary>The store index of source tracks: one video per track (a second request is code 409).</summary>
    public const string SourceIndex = "video-source";

    private readonly FileGenerations _generations = new();

    private VideoTask(string taskId, MusicTask source, int musicIndex, string callbackUrl, string? author, string? domainName,
        TaskTiming timing, VideoStatus final)
    {
        TaskId = taskId;
        EncodedId = FileNames.Encode(taskId);
        Source = source;
        MusicIndex = musicIndex;
        CallbackUrl = callbackUrl;
        Author = author;
        DomainName = domainName;
        Timing = timing;
        Final = final;
    }

    public string TaskId { get; }

    /// <summary>The file name of its video: base64url of the task id.</summary>
    public string EncodedId { get; }

    public MusicTask Source { get; }

    /// <summary>Which of the source task's tracks (0 or 1).</summary>
    public int MusicIndex { get; }

    public Track Track => Source.Tracks[MusicIndex];

    public string CallbackUrl { get; }

    public string? Author { get; }

    public string? DomainName { get; }

    public TaskTiming Timing { get; }

    public VideoStatus Final { get; }

    public IEnumerable<TaskKey> Keys => [new TaskKey(SourceIndex, Track.Id)];

    public int FileGeneration => _generations.Current;

    /// <param name="forcedStatus">A seeded status taken at once and kept, overriding magic words.</param>
    /// <param name="doneAfter">Emulated seconds to the final status; null uses <see cref="VideoFamily.Seconds"/>.</param>
    public static VideoTask Create(EmulatedClock clock, MusicTask source, int musicIndex, string callbackUrl, string? author = null,
        string? domainName = null, VideoStatus? forcedStatus = null, double? doneAfter = null)
    {
        var final = forcedStatus ?? VideoMagicWords.OutcomeFor(source.Draft);
        var after = forcedStatus switch
        {
            VideoStatus.Pending => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? VideoFamily.Seconds,
        };
        if (forcedStatus == VideoStatus.Pending) final = VideoStatus.Success; // never reached
        return new VideoTask(Guid.NewGuid().ToString("N"), source, musicIndex, callbackUrl, author, domainName, TaskTiming.Start(clock, after), final);
    }

    public VideoStatus StatusAt(double now) => Timing.IsDone(now) ? Final : VideoStatus.Pending;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    public int ExpireFiles(int code) => _generations.Expire(code);

    /// <summary>0 when a generation's URL works, the HTTP status to answer when expired, 404 when never issued.</summary>
    public int GenerationStatus(int generation) => _generations.StatusOf(generation);
}
