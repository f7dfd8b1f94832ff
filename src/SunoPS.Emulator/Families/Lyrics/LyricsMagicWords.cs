using System.Text.RegularExpressions;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>
/// Words in a lyrics prompt that steer the task (case ignored): [fail] (GENERATE_LYRICS_FAILED), [sensitive],
/// [create-fail], [callback-fail] as for music, and [lyrics-partial]: the second variant says failed.
/// </summary>
internal sealed partial record LyricsMagicWords(LyricsStatus Final, bool SecondVariantFails)
{
    public static LyricsMagicWords Find(string? prompt)
    {
        bool fail = false, sensitive = false, createFail = false, callbackFail = false, partial = false;
        if (!string.IsNullOrEmpty(prompt) && prompt.Contains('['))
        {
            foreach (Match m in Pattern().Matches(prompt))
            {
                switch (m.Groups["word"].Value.ToLowerInvariant())
                {
                    case "fail": fail = true; break;
                    case "sensitive": sensitive = true; break;
                    case "create-fail": createFail = true; break;
                    case "callback-fail": callbackFail = true; break;
                    default: partial = true; break;
                }
            }
        }

        var final = sensitive ? LyricsStatus.SensitiveWordError
            : createFail ? LyricsStatus.CreateTaskFailed
            : fail ? LyricsStatus.GenerateLyricsFailed
            : callbackFail ? LyricsStatus.CallbackException
            : LyricsStatus.Success;
        return new LyricsMagicWords(final, partial);
    }

    [GeneratedRegex(@"\[\s*(?<word>fail|sensitive|create-fail|callback-fail|lyrics-partial)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
