namespace SunoPS.Emulator.Families.Voice;

/// <summary>The phrases a validation asks to be sung, per language; a regenerate takes the next one.</summary>
internal static class VoicePhrases
{
    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = ["The quiet river carries every song to the sea.", "Morning light is dancing on the window glass.", "I sing of open roads and distant hills."],
        ["es"] = ["El río tranquilo lleva cada canción al mar.", "La luz de la mañana baila en el cristal."],
        ["fr"] = ["La rivière calme porte chaque chanson vers la mer.", "La lumière du matin danse sur la vitre."],
        ["de"] = ["Der stille Fluss trägt jedes Lied zum Meer.", "Das Morgenlicht tanzt auf dem Fensterglas."],
    };

    public static readonly string[] Languages = ["en", "zh", "es", "fr", "pt", "de", "ja", "ko", "hi", "ru"];

    public static string For(string language, int round)
    {
        var phrases = ByLanguage.TryGetValue(language, out var known) ? known : ByLanguage["en"];
        return phrases[round % phrases.Length];
    }
}
