namespace SunoPS.Emulator.Families.Music;

/// <summary>A generate model: Suno's internal name for it and its custom-mode text limits (suno-api.md §3.2).</summary>
internal sealed record ModelInfo(string Name, string ChirpName, int PromptLimit, int StyleLimit, int TitleLimit);

internal static class ModelCatalog
{
    /// <summary>Non-custom mode takes only a description prompt of at most this many characters, whatever the model.</summary>
    public const int DescriptionPromptLimit = 500;

    private static readonly Dictionary<string, ModelInfo> Known = new[]
    {
        new ModelInfo("V3_5", "chirp-v3-5", 3000, 200, 80),
        new ModelInfo("V4", "chirp-v4", 3000, 200, 80),
        new ModelInfo("V4_5", "chirp-auk", 5000, 1000, 100),
        new ModelInfo("V4_5PLUS", "chirp-bluejay", 5000, 1000, 100),
        new ModelInfo("V4_5ALL", "chirp-auk", 5000, 1000, 80),
        new ModelInfo("V5", "chirp-crow", 5000, 1000, 100),
        new ModelInfo("V5_5", "chirp-crow-v5-5", 5000, 1000, 100),
    }.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static string KnownNames => string.Join(", ", Known.Keys) + ", V6*";

    /// <summary>Known models, plus any V6… name: newer models appear before the docs list them.</summary>
    public static ModelInfo? Find(string model)
    {
        if (Known.TryGetValue(model, out var info)) return info;
        return model.StartsWith("V6", StringComparison.Ordinal) ? new ModelInfo(model, "chirp-unknown", 5000, 1000, 100) : null;
    }

    public static string ChirpNameOf(string model) => Find(model)?.ChirpName ?? "chirp-unknown";
}
