using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// The recovery family's words, read in the source music task's prompt, style or title (case ignored):
/// [recovery-fail] (every track fails, code 500), [recovery-partial] (the first track fails, code 200) and
/// [recovery-mp3] (the recovered audio is MP3 instead of M4A).
/// </summary>
internal sealed partial record RecoveryMagicWords(bool AllFail, bool FirstFails, bool Mp3)
{
    public static RecoveryMagicWords Find(TaskDraft source)
    {
        var found = new RecoveryMagicWords(false, false, false);
        foreach (var text in new[] { source.Prompt, source.Style, source.Title })
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[')) continue;
            foreach (Match m in Pattern().Matches(text))
            {
                found = m.Groups["word"].Value.ToLowerInvariant() switch
                {
                    "recovery-fail" => found with { AllFail = true },
                    "recovery-partial" => found with { FirstFails = true },
                    _ => found with { Mp3 = true },
                };
            }
        }

        return found;
    }

    [GeneratedRegex(@"\[\s*(?<word>recovery-fail|recovery-partial|recovery-mp3)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
