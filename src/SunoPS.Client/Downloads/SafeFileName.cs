using System;
using System.Globalization;
using System.Text;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Turns any text (a song title, say) into one file name that is valid on Windows, macOS and Linux alike:
    /// no reserved or control characters, no device names, no trailing dots or spaces, no path separators
    /// (so it can never leave its folder), no bidirectional controls (a title cannot make "evil.exe" look like
    /// "exe.mp3"), no leading '-' (it would read as an option to tools given the name), bounded length, and Unicode kept.
    /// </summary>
    public static class SafeFileName
    {
        /// <summary>The longest base name, in UTF-16 units (Windows counts these)…</summary>
        public const int MaxChars = 200;

        /// <summary>…and in UTF-8 bytes (Linux counts these; 255 is the limit, and the temporary name adds about 20).</summary>
        public const int MaxUtf8Bytes = 200;

        /// <summary>Used when nothing usable is left of the text.</summary>
        public const string Fallback = "Untitled";

        private const string Reserved = "<>:\"/\\|?*";

        private static readonly string[] DeviceNames =
        {
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
        };

        /// <summary>Makes <paramref name="text"/> safe as a file name without extension.</summary>
        public static string Make(string? text)
        {
            var name = ReplaceUnsafeCharacters(text ?? "");
            name = CollapseSpaces(name);
            name = name.Trim(' ', '.').TrimStart('-', ' ');
            name = Truncate(name);
            name = name.Trim(' ', '.');
            if (name.Length == 0) return Fallback;
            return IsDeviceName(name) ? "_" + name : name;
        }

        /// <summary>
        /// True for the names Windows reserves for devices (CON, NUL, COM1, LPT¹…), also when followed by an
        /// extension ("nul.txt") or spaces, in any case.
        /// </summary>
        /// <summary>Whether <paramref name="text"/>, made safe, keeps its whole length (no cut at the name limit).</summary>
        public static bool FitsWhole(string text) =>
            text.Length <= MaxChars && Encoding.UTF8.GetByteCount(text) <= MaxUtf8Bytes;

        public static bool IsDeviceName(string name)
        {
            var stem = name;
            var dot = stem.IndexOf('.');
            if (dot >= 0) stem = stem.Substring(0, dot);
            stem = stem.TrimEnd(' ').ToUpperInvariant();
            foreach (var device in DeviceNames)
            {
                if (stem == device) return true;
            }

            if (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)))
            {
                var digit = stem[3];
                // Windows also treats the superscript digits as device numbers.
                return (digit >= '0' && digit <= '9') || digit == '\u00B9' || digit == '\u00B2' || digit == '\u00B3';
            }

            return false;
        }

        private static string ReplaceUnsafeCharacters(string text)
        {
            var normalized = IsWellFormed(text) ? text.Normalize(NormalizationForm.FormC) : text;
            var builder = new StringBuilder(normalized.Length);
            for (var i = 0; i < normalized.Length; i++)
            {
                var c = normalized[i];
                if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
                {
                    builder.Append(c).Append(normalized[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    builder.Append('_'); // half a pair is not a character on any file system
                }
                else if (IsBidiControl(c))
                {
                    // dropped: it only reorders how the rest is shown
                }
                else if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    builder.Append(' '); // a newline in a title separates words
                }
                else if (Reserved.IndexOf(c) >= 0)
                {
                    builder.Append('_');
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The embedding, override and isolate controls, and the left-to-right, right-to-left and Arabic letter marks.</summary>
        private static bool IsBidiControl(char c) =>
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';

        private static bool IsWellFormed(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return false;
            }

            return true;
        }

        private static string CollapseSpaces(string text)
        {
            var builder = new StringBuilder(text.Length);
            var lastWasSpace = false;
            foreach (var c in text)
            {
                var space = c == ' ' || (char.IsWhiteSpace(c) && c != '\u3000');
                if (space)
                {
                    if (!lastWasSpace) builder.Append(' ');
                }
                else
                {
                    builder.Append(c);
                }

                lastWasSpace = space;
            }

            return builder.ToString();
        }

        /// <summary>Cuts at a whole text element (never half a surrogate pair or a base without its accent).</summary>
        private static string Truncate(string text)
        {
            if (text.Length <= MaxChars && Encoding.UTF8.GetByteCount(text) <= MaxUtf8Bytes) return text;

            var builder = new StringBuilder(MaxChars);
            var bytes = 0;
            var elements = StringInfo.GetTextElementEnumerator(text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementBytes = Encoding.UTF8.GetByteCount(element);
                if (builder.Length + element.Length > MaxChars || bytes + elementBytes > MaxUtf8Bytes) break;
                builder.Append(element);
                bytes += elementBytes;
            }

            return builder.ToString();
        }
    }
}
