using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Families.Wav;

namespace SunoPS.Emulator.Families;

/// <summary>The families this emulator serves. Adding a family is one line here plus its folder.</summary>
internal static class FamilyRegistry
{
    public static IReadOnlyList<ITaskFamily> Create(EmulatorState state) =>
    [
        new MusicFamily(state),
        new WavFamily(state), // after music: a WAV is made from a music task
    ];
}
