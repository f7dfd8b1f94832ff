using System;
using System.Globalization;
using System.Text;

namespace SunoPS.Client.Lyrics
{
    /// <summary>
    /// LRC text from aligned words: a [ti:] header when the title is known, then one "[mm:ss.xx]line" per lyric line,
    /// timed by the line's first word. Section tags are left out (players would read them as broken time tags).
    /// </summary>
    internal static class LrcWriter
    {
        public static string Write(SunoTimestampedLyrics lyrics, string? title)
        {
            var text = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(title)) text.Append("[ti:").Append(Flat(title!)).Append("]\n");
            StringBuilder? line = null;
            foreach (var word in lyrics.Words)
            {
                if (line == null || word.StartsLine)
                {
                    if (line != null) text.Append(line).Append('\n');
                    line = new StringBuilder(Stamp(word.StartS ?? 0));
                }
                else
                {
                    line.Append(' ');
                }

                line.Append(Flat(word.Word));
            }

            if (line != null) text.Append(line).Append('\n');
            return text.ToString();
        }

        public static string Stamp(double seconds)
        {
            if (double.IsNaN(seconds) || seconds < 0) seconds = 0;
            var hundredths = (long)Math.Round(seconds * 100, MidpointRounding.AwayFromZero);
            var minutes = hundredths / 6000;
            var rest = hundredths % 6000;
            return string.Format(CultureInfo.InvariantCulture, "[{0:00}:{1:00}.{2:00}]", minutes, rest / 100, rest % 100);
        }

        private static string Flat(string s) => s.Replace("\r", " ").Replace("\n", " ").Replace("[", "(").Replace("]", ")").Trim();
    }
}
