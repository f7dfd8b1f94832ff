using SunoPS.Emulator.Families.Separation;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>MIDI of a finished split_stem separation: of all its stems, or of the one <see cref="AudioId"/> names.</summary>
internal sealed class MidiTask : IEmulatedTask
{
    private readonly FileGenerations _generations = new(); // no files, but the control endpoint may still expire "them"

    public MidiTask(string taskId, SeparationTask source, Stem? stem, string callbackUrl, CompletionStamp times, MidiStatus final)
    {
        TaskId = taskId;
        Source = source;
        Stem = stem;
        CallbackUrl = callbackUrl;
        Times = times;
        Final = final;
        var stems = stem is null ? source.Stems : [stem];
        Instruments = stems.Select(s => MidiNotes.For(s, source.Track.DurationSeconds)).OfType<MidiInstrument>().ToArray();
    }

    public string TaskId { get; }
    public SeparationTask Source { get; }

    /// <summary>The one stem asked for, or null for all.</summary>
    public Stem? Stem { get; }

    public string? AudioId => Stem?.IdText;
    public string CallbackUrl { get; }
    public CompletionStamp Times { get; }
    public MidiStatus Final { get; }
    public IReadOnlyList<MidiInstrument> Instruments { get; }

    public int NoteCount => Instruments.Sum(i => i.Notes.Count);

    public IEnumerable<TaskKey> Keys => [];

    public int FileGeneration => _generations.Current;

    public MidiStatus StatusAt(double now) => Times.IsDoneAt(now) ? Final : MidiStatus.Pending;

    public string StatusNameAt(double now) => ((int)StatusAt(now)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public int ExpireFiles(int code) => _generations.Expire(code);
}
