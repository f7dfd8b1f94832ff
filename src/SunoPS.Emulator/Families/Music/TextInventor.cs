using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SunoPS.Emulator.Families.Music;

/// <summary>Makes up the title, tags and lyrics that Suno would write for a non-custom (description) prompt.</summary>
internal static partial class TextInventor
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "with", "about", "and", "or", "in", "on", "for", "to", "at", "by", "from",
        "song", "track", "music", "style", "some", "very", "that", "this", "is", "my", "your",
    };

    private static readonly string[] GenreWords =
    [
        "acoustic", "ambient", "blues", "chill", "classical", "country", "dance", "disco", "drum", "edm",
        "electronic", "folk", "funk", "guitar", "hip hop", "house", "indie", "jazz", "lo-fi", "lofi", "metal",
        "orchestral", "piano", "pop", "punk", "r&b", "rap", "reggae", "rock", "soul", "synth", "synthwave",
        "techno", "trap", "calm", "upbeat", "melancholic", "energetic", "dreamy",
    ];

    public static string Title(string? prompt)
    {
        var words = Words().Matches(Clean(prompt))
            .Select(m => m.Value)
            .Where(w => !StopWords.Contains(w))
            .Take(4)
            .Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant()))
            .ToList();
        var title = words.Count == 0 ? "Untitled Emulation" : string.Join(' ', words);
        return title.Length <= 80 ? title : title[..80];
    }

    public static string Tags(string? prompt)
    {
        // Pad with spaces so " rock " matches the word but not "rocket".
        var text = " " + NotWordChars().Replace(Clean(prompt).ToLowerInvariant(), " ") + " ";
        var tags = GenreWords.Where(g => text.Contains(" " + g + " ", StringComparison.Ordinal)).Take(5).ToList();
        return tags.Count == 0 ? "pop, emulated" : string.Join(", ", tags);
    }

    public static string Lyrics(string? prompt, string title)
    {
        var line = Clean(prompt);
        var sb = new StringBuilder();
        sb.Append("[Verse]\n").Append(line.Length == 0 ? "Silence fills the emulated air" : line).Append("\n\n");
        sb.Append("[Chorus]\n").Append(title).Append(", ").Append(title).Append('\n');
        return sb.ToString();
    }

    /// <summary>The prompt without bracketed tags (magic words, [Verse] and the like) and extra spaces.</summary>
    public static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Spaces().Replace(Brackets().Replace(text, " "), " ").Trim();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[^\p{L}\p{N}&'-]+")]
    private static partial Regex NotWordChars();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
