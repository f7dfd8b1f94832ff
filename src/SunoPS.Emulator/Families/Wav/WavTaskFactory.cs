using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>Makes a WAV task: its outcome (magic words of the source, or a seeded status) and its finish time.</summary>
internal sealed class WavTaskFactory(EmulatorOptions options, EmulatedClock clock)
{
    /// <param name="source">A finished music task.</param>
    /// <param name="musicIndex">Which of its tracks.</param>
    /// <param name="callbackUrl">The callBackUrl of the request.</param>
    /// <param name="forcedStatus">A status the task takes at once and keeps (seeding), overriding magic words.</param>
    /// <param name="doneAfter">Emulated seconds to the final status; null uses the WavSeconds option.</param>
    public WavTask Create(MusicTask source, int musicIndex, string callbackUrl, WavStatus? forcedStatus = null, double? doneAfter = null)
    {
        var final = forcedStatus ?? WavMagicWords.OutcomeFor(source.Draft);
        var after = forcedStatus switch
        {
            WavStatus.Pending => double.PositiveInfinity,
            not null => 0,
            null => doneAfter ?? options.WavSeconds,
        };
        if (forcedStatus == WavStatus.Pending) final = WavStatus.Success; // never reached

        // Stamped with the real time, whatever the clock speed, as music tasks are.
        var createdMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var expectedMs = createdMs + (double.IsFinite(after) ? (long)Math.Round(after * 1000 / clock.Speed) : 0);
        return new WavTask(Guid.NewGuid().ToString("N"), source, musicIndex, callbackUrl, clock.Now, createdMs, after, final, expectedMs);
    }
}
