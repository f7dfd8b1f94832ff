using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>The MIDI family's word, read in the source music task's prompt, style or title: [midi-fail] (successFlag 3).</summary>
internal static partial class MidiMagicWords
{
    public static MidiStatus OutcomeFor(TaskDraft source) =>
        new[] { source.Prompt, source.Style, source.Title }.Any(t => !string.IsNullOrEmpty(t) && Pattern().IsMatch(t))
            ? MidiStatus.GenerateFailed
            : MidiStatus.Success;

    [GeneratedRegex(@"\[\s*midi-fail\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
