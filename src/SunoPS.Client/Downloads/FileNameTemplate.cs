using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// A file name pattern such as <c>{Title} - {ShortId}</c>, expanded for one output of a task. Tokens (any
    /// case): {Title}, {ShortId} (first 8 characters of the output's id: the track id for songs and their WAVs),
    /// {Id}, {TaskId}, {Index} (1-based position among the task's outputs of its kind), {Model}, {Tags}, {Kind}
    /// (Audio, Wav, Stem…) and {StemName}. The expanded text is made safe as one file name, so a template can
    /// never name a subfolder.
    /// </summary>
    public sealed class FileNameTemplate
    {
        public const string DefaultPattern = "{Title} - {ShortId}";

        /// <summary>What stems are named when no template is given: the stems of one track differ by their stem name.</summary>
        public const string DefaultStemPattern = "{Title} - {StemName} - {ShortId}";

        public static readonly IReadOnlyList<string> Tokens = new[] { "Title", "ShortId", "Id", "TaskId", "Index", "Model", "Tags", "Kind", "StemName" };

        public static readonly FileNameTemplate Default = Parse(DefaultPattern);

        public static readonly FileNameTemplate DefaultStem = Parse(DefaultStemPattern);

        /// <summary>What a task's several files of one kind are named (lyrics variants, cover-art pictures): by kind and number.</summary>
        public const string DefaultNumberedPattern = "{Title} - {Kind} {Index} - {ShortId}";

        /// <summary>What a file that is not the song itself is named (a video): its kind says what it is.</summary>
        public const string DefaultKindPattern = "{Title} - {Kind} - {ShortId}";

        public static readonly FileNameTemplate DefaultNumbered = Parse(DefaultNumberedPattern);

        public static readonly FileNameTemplate DefaultKind = Parse(DefaultKindPattern);

        /// <summary>
        /// The template for <paramref name="output"/> when the user gives none: stems with a stem name get theirs in it,
        /// lyrics and cover-art pictures their kind and number, a video its kind.
        /// </summary>
        public static FileNameTemplate DefaultFor(SunoTaskOutput output)
        {
            if (output.Kind == SunoOutputKind.Stem && !string.IsNullOrWhiteSpace(output.StemName)) return DefaultStem;
            if (output.Kind == SunoOutputKind.Lyrics || output.Kind == SunoOutputKind.Image && output.Family == SunoTaskFamily.CoverArt)
                return DefaultNumbered;
            return output.Kind == SunoOutputKind.Video ? DefaultKind : Default;
        }

        private readonly IReadOnlyList<Part> _parts;

        private FileNameTemplate(string pattern, IReadOnlyList<Part> parts)
        {
            Pattern = pattern;
            _parts = parts;
        }

        public string Pattern { get; }

        /// <summary>Reads a pattern; an unknown or unclosed token is an InvalidRequest naming the known ones.</summary>
        public static FileNameTemplate Parse(string? pattern)
        {
            if (string.IsNullOrWhiteSpace(pattern)) return Default;
            var parts = new List<Part>();
            var literal = new StringBuilder();
            for (var i = 0; i < pattern!.Length; i++)
            {
                var c = pattern[i];
                if (c != '{')
                {
                    literal.Append(c);
                    continue;
                }

                var close = pattern.IndexOf('}', i + 1);
                if (close < 0) throw Invalid(pattern, "a '{' is never closed");
                var name = pattern.Substring(i + 1, close - i - 1).Trim();
                var token = Tokens.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
                if (token == null) throw Invalid(pattern, "{" + name + "} is not a token");
                if (literal.Length > 0) parts.Add(new Part(literal.ToString(), null));
                literal.Clear();
                parts.Add(new Part(null, token));
                i = close;
            }

            if (literal.Length > 0) parts.Add(new Part(literal.ToString(), null));
            if (!parts.Any(p => p.Token != null)) throw Invalid(pattern, "it has no token, so every file would get the same name");
            return new FileNameTemplate(pattern, parts);
        }

        /// <summary>The safe base name (no extension) for <paramref name="output"/> of <paramref name="task"/> (when known).</summary>
        public string Expand(SunoTaskOutput output, SunoTask? task = null)
        {
            if (output == null) throw new ArgumentNullException(nameof(output));
            var values = _parts.Select(p => p.Literal ?? ValueOf(p.Token!, output, task)).ToArray();
            // A name over the limit is cut at its end, where the ids usually are; two tracks would then share a name and
            // the second be "skipped". Shorten the free text (title, tags, model, stem name) instead, never an id.
            while (!SafeFileName.FitsWhole(string.Concat(values)))
            {
                var longest = -1;
                for (var i = 0; i < values.Length; i++)
                {
                    if (_parts[i].Token is string token && Shortenable.Contains(token) && values[i].Length > 1 &&
                        (longest < 0 || values[i].Length > values[longest].Length))
                    {
                        longest = i;
                    }
                }

                if (longest < 0) break; // only ids and literals left: the safe-name cut is all there is
                values[longest] = DropLastTextElements(values[longest], Math.Max(1, values[longest].Length / 8)).TrimEnd(' ', '-', '.');
            }

            return SafeFileName.Make(string.Concat(values));
        }

        private static readonly HashSet<string> Shortenable = new HashSet<string>(StringComparer.Ordinal) { "Title", "Tags", "Model", "StemName" };

        /// <summary>The text without its last <paramref name="count"/> text elements (a surrogate pair or an accented letter is never split).</summary>
        private static string DropLastTextElements(string text, int count)
        {
            var starts = StringInfo.ParseCombiningCharacters(text);
            var keep = Math.Max(1, starts.Length - count);
            return keep >= starts.Length ? text : text.Substring(0, starts[keep]);
        }

        public override string ToString() => Pattern;

        private static string ValueOf(string token, SunoTaskOutput output, SunoTask? task)
        {
            var track = output.Track;
            switch (token)
            {
                case "Title":
                    // Made safe on its own too, so a title of dots becomes "Untitled" rather than vanishing.
                    return SafeFileName.Make(FirstNonBlank(output.Title, task?.Title, track?.Title));
                case "ShortId": return ShortId(output.Id);
                case "Id": return output.Id;
                case "TaskId": return string.IsNullOrEmpty(output.TaskId) ? task?.TaskId ?? "" : output.TaskId;
                case "Index": return output.Index.ToString(CultureInfo.InvariantCulture);
                case "Model": return task?.Model ?? track?.ModelName ?? "";
                case "Tags": return track?.Tags ?? task?.Style ?? "";
                case "Kind": return output.Kind.ToString();
                case "StemName": return output.StemName ?? "";
                default: return "";
            }
        }

        private static string? FirstNonBlank(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

        /// <summary>The first 8 characters of an id (a UUID's first group).</summary>
        public static string ShortId(string? id)
        {
            var text = (id ?? "").Trim();
            return text.Length <= 8 ? text : text.Substring(0, 8);
        }

        private static SunoException Invalid(string pattern, string why) =>
            new SunoException(SunoErrorKind.InvalidRequest, string.Format(CultureInfo.InvariantCulture,
                "The file name template '{0}' is not valid: {1}. Use any of {2}.", pattern, why,
                string.Join(", ", Tokens.Select(t => "{" + t + "}"))));

        private sealed class Part
        {
            public Part(string? literal, string? token)
            {
                Literal = literal;
                Token = token;
            }

            public string? Literal { get; }
            public string? Token { get; }
        }
    }
}
