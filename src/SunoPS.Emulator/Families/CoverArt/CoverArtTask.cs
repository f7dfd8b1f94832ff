using System.Security.Cryptography;
using System.Text;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// Cover pictures for one music task: pending, then generating, then success or failure. One per music task: its
/// store key is the music task, so a second request finds this one.
/// </summary>
internal sealed class CoverArtTask : IEmulatedTask
{
    public const string SourceIndex = "cover-source";

    private readonly FileGenerations _generations = new();

    private CoverArtTask(string taskId, MusicTask source, string callbackUrl, TaskTiming timing, CoverArtStatus final, CoverArtStatus? forced)
    {
        TaskId = taskId;
        EncodedId = FileNames.Encode(taskId);
        Source = source;
        CallbackUrl = callbackUrl;
        Timing = timing;
        Final = final;
        Forced = forced;
    }

    public string TaskId { get; }

    public string EncodedId { get; }

    /// <summary>The music task (the record's <c>parentTaskId</c>).</summary>
    public MusicTask Source { get; }

    public string CallbackUrl { get; }

    public TaskTiming Timing { get; }

    public CoverArtStatus Final { get; }

    /// <summary>A seeded status kept for ever (pending or generating included).</summary>
    public CoverArtStatus? Forced { get; }

    public IEnumerable<TaskKey> Keys => [KeyOf(Source)];

    public int FileGeneration => _generations.Current;

    /// <summary>The store key of a music task's one cover.</summary>
    public static TaskKey KeyOf(MusicTask source) => new(SourceIndex, new Guid(MD5.HashData(Encoding.ASCII.GetBytes(source.TaskId))));

    public static CoverArtTask Create(EmulatedClock clock, MusicTask source, string callbackUrl, CoverArtStatus? forcedStatus = null, double? doneAfter = null)
    {
        var final = forcedStatus is CoverArtStatus.Success or CoverArtStatus.Failed ? forcedStatus.Value : CoverArtMagicWords.OutcomeFor(source.Draft);
        var after = forcedStatus switch
        {
            CoverArtStatus.Pending or CoverArtStatus.Generating => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? CoverArtFamily.Seconds,
        };
        return new CoverArtTask(Guid.NewGuid().ToString("N"), source, callbackUrl, TaskTiming.Start(clock, after), final, forcedStatus);
    }

    public CoverArtStatus StatusAt(double now)
    {
        if (Forced is CoverArtStatus.Pending or CoverArtStatus.Generating) return Forced.Value;
        if (Timing.IsDone(now)) return Final;
        return Timing.Elapsed(now) < Timing.DoneAfter / 2 ? CoverArtStatus.Pending : CoverArtStatus.Generating;
    }

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    public int ExpireFiles(int code) => _generations.Expire(code);

    public int GenerationStatus(int generation) => _generations.StatusOf(generation);
}
