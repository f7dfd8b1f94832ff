using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>One lyrics variant: its text and title, and whether the record says it failed.</summary>
internal sealed record LyricsVariant(string Text, string Title, bool Failed);

/// <summary>A lyrics task: PENDING for <see cref="LyricsFamily.Seconds"/>, then its final status with two variants.</summary>
internal sealed class LyricsTask : IEmulatedTask
{
    private readonly FileGenerations _generations = new();

    private LyricsTask(string taskId, string paramJson, string callbackUrl, TaskTiming timing, LyricsStatus final, IReadOnlyList<LyricsVariant> variants)
    {
        TaskId = taskId;
        ParamJson = paramJson;
        CallbackUrl = callbackUrl;
        Timing = timing;
        Final = final;
        Variants = variants;
    }

    public string TaskId { get; }

    /// <summary>The request as record-info echoes it in <c>param</c>.</summary>
    public string ParamJson { get; }

    public string CallbackUrl { get; }

    public TaskTiming Timing { get; }

    public LyricsStatus Final { get; }

    public IReadOnlyList<LyricsVariant> Variants { get; }

    public IEnumerable<TaskKey> Keys => [];

    public int FileGeneration => _generations.Current;

    /// <param name="forcedStatus">A seeded status the task takes at once and keeps, overriding magic words.</param>
    /// <param name="doneAfter">Emulated seconds to the final status; null uses <see cref="LyricsFamily.Seconds"/>.</param>
    public static LyricsTask Create(EmulatedClock clock, string prompt, string paramJson, string callbackUrl,
        LyricsStatus? forcedStatus = null, double? doneAfter = null)
    {
        var words = LyricsMagicWords.Find(prompt);
        var final = forcedStatus ?? words.Final;
        var after = forcedStatus switch
        {
            LyricsStatus.Pending => double.PositiveInfinity,
            not null => 0,
            null when final.IsImmediate() => 0,
            null => doneAfter ?? LyricsFamily.Seconds,
        };
        if (forcedStatus == LyricsStatus.Pending) final = LyricsStatus.Success; // never reached

        var title = TextInventor.Title(prompt);
        var variants = new[]
        {
            new LyricsVariant(TextInventor.Lyrics(prompt, title), title, false),
            new LyricsVariant(TextInventor.Lyrics(prompt, title + " Again"), title + " Again", words.SecondVariantFails),
        };
        return new LyricsTask(Guid.NewGuid().ToString("N"), paramJson, callbackUrl, TaskTiming.Start(clock, after), final, variants);
    }

    public LyricsStatus StatusAt(double now) => Timing.IsDone(now) ? Final : LyricsStatus.Pending;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    public int ExpireFiles(int code) => _generations.Expire(code); // no files: nothing else changes
}
