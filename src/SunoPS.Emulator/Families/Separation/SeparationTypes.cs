namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// The separation modes (the request's <c>type</c>) and the stems each gives: separate_vocal fills vocalUrl and
/// instrumentalUrl; split_stem fills instrument URLs (five of them by default, up to all twelve with
/// <see cref="EmulatorOptions.SplitStemCount"/>, always the same ones in the same order) with instrumentalUrl null;
/// split_stem_advanced gives its one named stem in originData only (its camelCase shape is not documented).
/// </summary>
internal static class SeparationTypes
{
    public const string SeparateVocal = "separate_vocal";
    public const string SplitStem = "split_stem";
    public const string SplitStemAdvanced = "split_stem_advanced";

    public static readonly string[] All = [SeparateVocal, SplitStem, SplitStemAdvanced];

    /// <summary>Every camelCase URL field of the record's response, in the documented order.</summary>
    public static readonly string[] UrlFields =
    [
        "instrumentalUrl", "vocalUrl", "backingVocalsUrl", "drumsUrl", "bassUrl", "guitarUrl", "keyboardUrl",
        "percussionUrl", "stringsUrl", "synthUrl", "fxUrl", "brassUrl", "woodwindsUrl",
    ];

    /// <summary>Credits per call (suno-api.md §8, the current CN page).</summary>
    public static int CreditsOf(string type) => type switch
    {
        SplitStem => 50,
        SplitStemAdvanced => 20,
        _ => 10,
    };

    /// <summary>
    /// split_stem's stems, the five of the default first, then the other seven instrument fields of the record
    /// (suno-api.md §4.19 lists twelve besides instrumentalUrl).
    /// </summary>
    private static readonly (string Name, string? Field)[] SplitStems =
    [
        ("Vocals", "vocalUrl"), ("Drums", "drumsUrl"), ("Bass", "bassUrl"), ("Guitar", "guitarUrl"), ("Keyboard", "keyboardUrl"),
        ("Backing Vocals", "backingVocalsUrl"), ("Percussion", "percussionUrl"), ("Strings", "stringsUrl"), ("Synth", "synthUrl"),
        ("FX", "fxUrl"), ("Brass", "brassUrl"), ("Woodwinds", "woodwindsUrl"),
    ];

    /// <summary>The stems of a mode: (stem_type_group_name, camelCase field or null); split_stem makes <paramref name="splitStemCount"/>.</summary>
    public static IReadOnlyList<(string Name, string? Field)> StemsOf(string type, string? stemName, int splitStemCount = 5) => type switch
    {
        SplitStem => SplitStems[..Math.Clamp(splitStemCount, 1, SplitStems.Length)],
        SplitStemAdvanced => [(stemName ?? "Lead Vocal", null)],
        _ => [("Vocals", "vocalUrl"), ("Instrumental", "instrumentalUrl")],
    };
}
