namespace SunoPS.Emulator.Families.Music;

/// <summary>One aligned word of get-timestamped-lyrics: the text (a section tag glued on with "\n") and its times.</summary>
internal readonly record struct AlignedWord(string Word, double StartS, double EndS);

/// <summary>
/// Spreads a track's lyrics over its duration, word by word, as get-timestamped-lyrics returns them
/// (suno-api.md §4.12): a section line such as "[Verse]" is glued to the next word with "\n"
/// (<c>"[Verse]\nWaggin'"</c>), blank lines are dropped, and the times increase from a short lead-in.
/// </summary>
internal static class LyricsAligner
{
    public static IReadOnlyList<AlignedWord> Align(string lyrics, double durationSeconds)
    {
        var words = new List<string>();
        string? tag = null;
        foreach (var rawLine in lyrics.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                tag = tag is null ? line : tag + "\n" + line;
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                words.Add(tag is null ? word : tag + "\n" + word);
                tag = null;
            }
        }

        if (words.Count == 0) return [];
        var lead = Math.Min(1.0, durationSeconds * 0.1);
        var slot = Math.Max(0.01, (durationSeconds - lead) / words.Count);
        var aligned = new AlignedWord[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var start = lead + i * slot;
            aligned[i] = new AlignedWord(words[i], Math.Round(start, 3), Math.Round(start + slot * 0.8, 3));
        }

        return aligned;
    }
}
