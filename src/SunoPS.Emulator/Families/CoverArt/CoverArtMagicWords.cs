using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>The cover-art family's word, read in the source music task's prompt, style or title: [cover-fail] (successFlag 3).</summary>
internal static partial class CoverArtMagicWords
{
    public static CoverArtStatus OutcomeFor(TaskDraft source) =>
        new[] { source.Prompt, source.Style, source.Title }.Any(t => !string.IsNullOrEmpty(t) && Pattern().IsMatch(t))
            ? CoverArtStatus.Failed
            : CoverArtStatus.Success;

    [GeneratedRegex(@"\[\s*cover-fail\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
