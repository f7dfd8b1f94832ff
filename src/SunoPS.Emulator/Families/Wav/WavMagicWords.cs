using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// The WAV family's words, read in the source music task's prompt, style or title (case ignored):
/// [wav-fail] and [wav-callback-fail]. They do not match the music words ([fail], [callback-fail]), whose
/// pattern needs the word right after the bracket, so the music task itself is not affected.
/// </summary>
internal static partial class WavMagicWords
{
    /// <summary>The status a WAV of this source ends in when nothing else decides it.</summary>
    public static WavStatus OutcomeFor(TaskDraft source)
    {
        var fail = false;
        var callbackFail = false;
        foreach (var text in new[] { source.Prompt, source.Style, source.Title })
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[')) continue;
            foreach (Match m in Pattern().Matches(text))
            {
                if (m.Groups["word"].Value.Equals("wav-fail", StringComparison.OrdinalIgnoreCase)) fail = true;
                else callbackFail = true;
            }
        }

        return fail ? WavStatus.GenerateWavFailed : callbackFail ? WavStatus.CallbackException : WavStatus.Success;
    }

    [GeneratedRegex(@"\[\s*(?<word>wav-fail|wav-callback-fail)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
