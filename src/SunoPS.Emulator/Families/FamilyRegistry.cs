using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Families.Wav;
using SunoPS.Emulator.Families.Lyrics;
using SunoPS.Emulator.Families.Video;
using SunoPS.Emulator.Families.CoverArt;
using SunoPS.Emulator.Families.Recovery;
using SunoPS.Emulator.Families.Separation;
using SunoPS.Emulator.Families.Midi;
using SunoPS.Emulator.Families.Voice;

namespace SunoPS.Emulator.Families;

/// <summary>The families this emulator serves. Adding a family is one line here plus its folder.</summary>
internal static class FamilyRegistry
{
    public static IReadOnlyList<ITaskFamily> Create(EmulatorState state) =>
    [
        new MusicFamily(state),
        new WavFamily(state), // after music: a WAV is made from a music task
        new LyricsFamily(state),
        new VideoFamily(state),
        new CoverArtFamily(state),
        new RecoveryFamily(state),
        new SeparationFamily(state), // after music: stems are made from a music track
        new MidiFamily(state), // after separation: MIDI is made from a split_stem separation
        new VoiceValidationFamily(state),
        new VoiceFamily(state), // after voice validation: it seeds through the validations' factory
    ];
}
