using System.Text.RegularExpressions;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// The video family's words, read in the source music task's prompt, style or title (case ignored): [video-fail]
/// and [video-callback-fail]. Like the WAV words they do not match the music words, so the source is unaffected.
/// </summary>
internal static partial class VideoMagicWords
{
    public static VideoStatus OutcomeFor(TaskDraft source)
    {
        var fail = false;
        var callbackFail = false;
        foreach (var text in new[] { source.Prompt, source.Style, source.Title })
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[')) continue;
            foreach (Match m in Pattern().Matches(text))
            {
                if (m.Groups["word"].Value.Equals("video-fail", StringComparison.OrdinalIgnoreCase)) fail = true;
                else callbackFail = true;
            }
        }

        return fail ? VideoStatus.GenerateMp4Failed : callbackFail ? VideoStatus.CallbackException : VideoStatus.Success;
    }

    [GeneratedRegex(@"\[\s*(?<word>video-fail|video-callback-fail)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
