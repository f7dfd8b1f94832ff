namespace SunoPS.Emulator.Families.Music;

/// <summary>Makes the "boosted" style text of style/generate: the given style plus a few production descriptors.</summary>
internal static class StyleBooster
{
    public const int MaxLength = 1000;

    private static readonly string[] Descriptors =
    [
        "rich layered arrangement", "warm analog textures", "crisp modern production", "wide stereo image",
        "expressive dynamics", "punchy drums", "lush reverb tails", "intimate vocal delivery", "memorable hook",
        "steady mid-tempo groove", "cinematic build-ups", "shimmering synth pads",
    ];

    public static string Boost(string content)
    {
        var parts = content.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var start = (int)((uint)StringComparer.Ordinal.GetHashCode(content) % Descriptors.Length);
        for (var i = 0; i < 4; i++) parts.Add(Descriptors[(start + i) % Descriptors.Length]);

        var result = string.Join(", ", parts);
        if (result.Length <= MaxLength) return result;
        var cut = result.LastIndexOf(", ", MaxLength, StringComparison.Ordinal);
        return cut > 0 ? result[..cut] : result[..MaxLength];
    }
}
