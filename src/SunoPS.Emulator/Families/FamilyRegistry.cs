using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Families.Wav;
using SunoPS.Emulator.Families.Lyrics;
using SunoPS.Emulator.Families.Video;
using SunoPS.Emulator.Families.CoverArt;
using SunoPS.Emulator.Families.Recovery;

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
    ];
}
