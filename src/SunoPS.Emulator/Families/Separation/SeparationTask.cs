using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// One track of a music task split into stems. PENDING until its time has passed, then <see cref="Final"/>; the status
/// is computed from the clock on each read. Its stems' files are as long as the source track.
/// </summary>
internal sealed class SeparationTask : IEmulatedTask
{
    /// <summary>The store index of stem ids: a stem's file, and a MIDI request's audioId, find the task by it.</summary>
    public const string StemIndex = "separation-stem";

    private readonly FileGenerations _generations = new();

    public SeparationTask(string taskId, MusicTask source, int musicIndex, string type, IReadOnlyList<Stem> stems, string callbackUrl,
        CompletionStamp times, SeparationStatus final)
    {
        TaskId = taskId;
        Source = source;
        MusicIndex = musicIndex;
        Type = type;
        Stems = stems;
        CallbackUrl = callbackUrl;
        Times = times;
        Final = final;
    }

    public string TaskId { get; }
    public MusicTask Source { get; }
    public int MusicIndex { get; }
    public Track Track => Source.Tracks[MusicIndex];

    /// <summary>separate_vocal, split_stem or split_stem_advanced.</summary>
    public string Type { get; }

    public IReadOnlyList<Stem> Stems { get; }

    /// <summary>The callBackUrl sent; the record shows it as <c>callbackUrl</c>.</summary>
    public string CallbackUrl { get; }

    public CompletionStamp Times { get; }
    public SeparationStatus Final { get; }

    public IEnumerable<TaskKey> Keys => Stems.Select(s => new TaskKey(StemIndex, s.Id));

    public int FileGeneration => _generations.Current;

    public SeparationStatus StatusAt(double now) => Times.IsDoneAt(now) ? Final : SeparationStatus.Pending;

    public string StatusNameAt(double now) => StatusAt(now).ToApiName();

    public Stem? StemOf(Guid id) => Stems.FirstOrDefault(s => s.Id == id);

    public int ExpireFiles(int code) => _generations.Expire(code);

    public int GenerationStatus(int generation) => _generations.StatusOf(generation);
}
