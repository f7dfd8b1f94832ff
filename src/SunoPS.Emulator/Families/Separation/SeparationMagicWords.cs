using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// The separation family's words, read in the source music task's prompt, style or title (case ignored):
/// [separation-fail] (GENERATE_AUDIO_FAILED) and [separation-callback-fail] (CALLBACK_EXCEPTION, stems kept).
/// The music words need the word right after the bracket, so the music task itself is not affected.
/// </summary>
internal static partial class SeparationMagicWords
{
    public static SeparationStatus OutcomeFor(TaskDraft source)
    {
        var fail = false;
        var callbackFail = false;
        foreach (var text in new[] { source.Prompt, source.Style, source.Title })
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[')) continue;
            foreach (Match m in Pattern().Matches(text))
            {
                if (m.Groups["word"].Value.Equals("separation-fail", StringComparison.OrdinalIgnoreCase)) fail = true;
                else callbackFail = true;
            }
        }

        return fail ? SeparationStatus.GenerateAudioFailed : callbackFail ? SeparationStatus.CallbackException : SeparationStatus.Success;
    }

    [GeneratedRegex(@"\[\s*(?<word>separation-fail|separation-callback-fail)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
