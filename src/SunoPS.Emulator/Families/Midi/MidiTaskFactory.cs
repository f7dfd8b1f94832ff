using SunoPS.Emulator.Families.Separation;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>Makes a MIDI task: its outcome (the source's magic word, or a seeded status) and its finish time.</summary>
internal sealed class MidiTaskFactory(EmulatedClock clock)
{
    /// <summary>Emulated seconds MIDI takes (the docs say 30–90 s).</summary>
    public const double Seconds = 30;

    public MidiTask Create(SeparationTask source, Stem? stem, string callbackUrl, MidiStatus? forcedStatus = null, double? doneAfter = null)
    {
        var final = forcedStatus ?? MidiMagicWords.OutcomeFor(source.Source.Draft);
        var after = forcedStatus switch
        {
            MidiStatus.Pending => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? Seconds,
        };
        if (forcedStatus == MidiStatus.Pending) final = MidiStatus.Success; // never reached
        return new MidiTask(Guid.NewGuid().ToString("N"), source, stem, callbackUrl, new CompletionStamp(clock, after), final);
    }
}
