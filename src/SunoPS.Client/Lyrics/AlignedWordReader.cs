using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using SunoPS.Client.Json;

namespace SunoPS.Client.Lyrics
{
    /// <summary>
    /// Reads get-timestamped-lyrics' data: alignedWords[] {word, success, startS, endS, palign}. A word's text may
    /// carry a section tag and line breaks ("[Verse]\nWaggin'"); those become the word's Section and StartsLine.
    /// </summary>
    internal static class AlignedWordReader
    {
        private static readonly Regex Tag = new Regex(@"\[([^\]\r\n]*)\]", RegexOptions.CultureInvariant);

        public static SunoTimestampedLyrics Read(JsonElement data, string taskId, string audioId)
        {
            var words = new List<SunoAlignedWord>();
            string? section = null;
            var lineStarts = true;
            if (JsonValues.TryGet(data, "alignedWords", out var aligned) && aligned.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in aligned.EnumerateArray())
                {
                    var raw = JsonValues.String(item, "word") ?? "";
                    var text = raw.Replace("\r\n", "\n");
                    var tags = Tag.Matches(text);
                    if (tags.Count > 0)
                    {
                        section = tags[tags.Count - 1].Groups[1].Value.Trim();
                        text = Tag.Replace(text, "\n");
                        lineStarts = true;
                    }

                    // A break before the word starts a new line; one after it ends the line for the next word.
                    if (text.TrimStart(' ', '\t').StartsWith("\n")) lineStarts = true;
                    var endsLine = text.TrimEnd(' ', '\t').EndsWith("\n");
                    var word = text.Replace("\n", " ").Trim();
                    if (word.Length == 0)
                    {
                        // A tag alone: it opens the section of the next word.
                        continue;
                    }

                    words.Add(new SunoAlignedWord
                    {
                        TaskId = taskId,
                        AudioId = audioId,
                        Index = words.Count + 1,
                        Word = word,
                        RawWord = raw,
                        Section = section,
                        StartsLine = lineStarts || words.Count == 0,
                        StartS = JsonValues.Number(item, "startS"),
                        EndS = JsonValues.Number(item, "endS"),
                        Success = JsonValues.Boolean(item, "success"),
                        Palign = JsonValues.Integer(item, "palign"),
                    });
                    lineStarts = endsLine;
                }
            }

            var waveform = new List<double>();
            if (JsonValues.TryGet(data, "waveformData", out var wave) && wave.ValueKind == JsonValueKind.Array)
            {
                foreach (var v in wave.EnumerateArray())
                {
                    if (v.ValueKind == JsonValueKind.Number) waveform.Add(v.GetDouble());
                }
            }

            return new SunoTimestampedLyrics
            {
                TaskId = taskId,
                AudioId = audioId,
                Words = words,
                WaveformData = waveform,
                HootCer = JsonValues.Number(data, "hootCer"),
                IsStreamed = JsonValues.Boolean(data, "isStreamed"),
            };
        }
    }
}
