using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks a sounds body (suno-api.md §4.8): <c>prompt</c> (at most 500 characters, code 413 beyond) and
/// <c>model</c> "V5" required; optional <c>soundLoop</c>, <c>soundTempo</c> (integer 1–300 or null = auto),
/// <c>soundKey</c> (one of the 25 keys, Any by default), <c>grabLyrics</c>, and <c>callBackUrl</c> (optional here).
/// The tracks are instrumental; their tags say loop, tempo and key.
/// </summary>
internal static class SoundsValidator
{
    public const int PromptMaxLength = 500;

    public static readonly string[] Keys =
    [
        "Any", "Cm", "C#m", "Dm", "D#m", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "A#m", "Bm",
        "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B",
    ];

    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredString(body, "prompt", out var prompt) is { } e1) return e1;
        if (prompt.Length > PromptMaxLength) return MusicRules.TooLong();
        if (OptionalString(body, "model", out var model) is { } e2) return e2;
        if (string.IsNullOrWhiteSpace(model)) return ValidationError.Invalid("model is required.");
        if (model != "V5") return ValidationError.Invalid($"model '{model}' is not supported; sounds tasks only support V5.");
        if (MusicRules.OptionalBool(body, "soundLoop", false, out var loop) is { } e3) return e3;
        if (MusicRules.OptionalBool(body, "grabLyrics", false, out _) is { } e4) return e4;

        int? tempo = null;
        if (body.TryGetProperty("soundTempo", out var tempoElement) && tempoElement.ValueKind != JsonValueKind.Null)
        {
            if (tempoElement.ValueKind != JsonValueKind.Number || !tempoElement.TryGetInt32(out var bpm) || bpm is < 1 or > 300)
                return ValidationError.Invalid("soundTempo must be an integer from 1 to 300, or null for auto.");
            tempo = bpm;
        }

        if (OptionalString(body, "soundKey", out var key) is { } e5) return e5;
        key ??= "Any";
        if (!Keys.Contains(key, StringComparer.Ordinal)) return ValidationError.Invalid($"soundKey must be one of {string.Join(", ", Keys)}.");
        if (MusicRules.OptionalCallbackUrl(body) is { } e6) return e6;

        var tags = new List<string> { "sound" };
        if (loop) tags.Add("loop");
        if (tempo is { } t) tags.Add(t.ToString(CultureInfo.InvariantCulture) + " bpm");
        if (key != "Any") tags.Add(key);
        draft = new TaskDraft(ParamJson.FromBody(body), "V5", CustomMode: true, Instrumental: true, prompt, string.Join(", ", tags), TextInventor.Title(prompt))
        {
            OperationType = OperationTypes.Sounds,
        };
        return null;
    }
}
