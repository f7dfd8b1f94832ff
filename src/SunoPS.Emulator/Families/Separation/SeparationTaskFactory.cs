using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>Makes a separation task: its stems (new ids), its outcome (magic words of the source, or a seeded status) and its finish time.</summary>
internal sealed class SeparationTaskFactory(EmulatedClock clock, EmulatorOptions options)
{
    /// <summary>Emulated seconds a separation takes.</summary>
    public const double Seconds = 20;

    public SeparationTask Create(MusicTask source, int musicIndex, string type, string? stemName, string callbackUrl,
        SeparationStatus? forcedStatus = null, double? doneAfter = null)
    {
        var final = forcedStatus ?? SeparationMagicWords.OutcomeFor(source.Draft);
        var after = forcedStatus switch
        {
            SeparationStatus.Pending => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? Seconds,
        };
        if (forcedStatus == SeparationStatus.Pending) final = SeparationStatus.Success; // never reached

        var stems = SeparationTypes.StemsOf(type, stemName, options.SplitStemCount).Select(s => new Stem(Guid.NewGuid(), s.Name, s.Field)).ToArray();
        return new SeparationTask(Guid.NewGuid().ToString("N"), source, musicIndex, type, stems, callbackUrl, new CompletionStamp(clock, after), final);
    }
}
