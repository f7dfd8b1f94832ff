using SunoPS.Emulator.Families.Separation;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>One note as the record gives it: pitch 0–127, start and end in seconds, velocity 0–1.</summary>
internal readonly record struct MidiNote(int Pitch, double Start, double End, double Velocity);

/// <summary>One instrument of a MIDI record, from one stem.</summary>
internal sealed record MidiInstrument(string Name, IReadOnlyList<MidiNote> Notes);

/// <summary>
/// The notes of a stem, made up deterministically from its id (the same stem always gives the same notes): an
/// instrument named as a transcriber would name the stem, 6 to 17 notes inside the track's length, times on a
/// 1/96 s grid, velocities from 0.5 to 1. Vocals give no instrument (as transcribers leave voices out).
/// </summary>
internal static class MidiNotes
{
    public static MidiInstrument? For(Stem stem, double trackSeconds)
    {
        var name = InstrumentNameOf(stem.Name);
        if (name is null) return null;
        var random = new Random(Seed(stem.Id));
        var drums = name == "Drums";
        var count = 6 + random.Next(12);
        var length = Math.Max(1, trackSeconds);
        var notes = new MidiNote[count];
        for (var i = 0; i < count; i++)
        {
            var start = Math.Round(length * i / count * 96) / 96;
            var end = Math.Round((start + 0.125 + random.Next(4) * 0.0625) * 96) / 96;
            var pitch = drums ? 35 + random.Next(47) : 36 + random.Next(48);
            var velocity = Math.Round(0.5 + random.Next(51) / 100.0, 2);
            notes[i] = new MidiNote(pitch, start, end, velocity);
        }

        return new MidiInstrument(name, notes);
    }

    private static string? InstrumentNameOf(string stem) => stem switch
    {
        "Vocals" or "Backing Vocals" or "Lead Vocal" => null,
        "Drums" or "Drum Kit" or "Percussion" => "Drums",
        "Bass" => "Electric Bass (finger)",
        "Guitar" => "Electric Guitar (clean)",
        "Keyboard" => "Acoustic Grand Piano",
        _ => stem,
    };

    private static int Seed(Guid id)
    {
        var bytes = id.ToByteArray();
        return BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
    }
}
