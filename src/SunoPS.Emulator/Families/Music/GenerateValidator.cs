using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks a generate body as the docs describe it (suno-api.md §3, §4.1): required fields, the custom-mode
/// matrix, per-model text limits (code 413), weights in 0–1 and the small enums. Unknown fields are accepted.
/// </summary>
internal static class GenerateValidator
{
    private static readonly string[] WeightFields = ["styleWeight", "weirdnessConstraint", "audioWeight"];

    public static ValidationError? Validate(JsonElement body, out TaskDraft draft)
    {
        draft = null!;
        if (RequireObject(body) is { } e0) return e0;

        if (RequiredBool(body, "customMode", out var customMode) is { } e1) return e1;
        if (RequiredBool(body, "instrumental", out var instrumental) is { } e2) return e2;

        if (OptionalString(body, "model", out var model) is { } e3) return e3;
        if (string.IsNullOrWhiteSpace(model)) return Invalid("model is required.");
        var info = ModelCatalog.Find(model);
        if (info is null) return Invalid($"model '{model}' is not supported; use one of {ModelCatalog.KnownNames}.");

        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e4) return e4;

        if (OptionalString(body, "prompt", out var prompt) is { } e5) return e5;
        if (OptionalString(body, "style", out var style) is { } e6) return e6;
        if (OptionalString(body, "title", out var title) is { } e7) return e7;

        if (!customMode)
        {
            if (string.IsNullOrWhiteSpace(prompt)) return Invalid("prompt is required when customMode is false.");
            if (prompt.Length > ModelCatalog.DescriptionPromptLimit) return TooLong();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(style)) return Invalid("style is required when customMode is true.");
            if (string.IsNullOrWhiteSpace(title)) return Invalid("title is required when customMode is true.");
            if (!instrumental && string.IsNullOrWhiteSpace(prompt)) return Invalid("prompt is required when customMode is true and instrumental is false.");
            if ((prompt?.Length ?? 0) > info.PromptLimit || style.Length > info.StyleLimit || title.Length > info.TitleLimit) return TooLong();
        }

        foreach (var field in WeightFields)
        {
            if (body.TryGetProperty(field, out var weight) && weight.ValueKind != JsonValueKind.Null
                && (weight.ValueKind != JsonValueKind.Number || weight.GetDouble() is < 0 or > 1))
                return Invalid($"{field} must be a number between 0 and 1.");
        }

        if (OptionalString(body, "vocalGender", out var gender) is { } e8) return e8;
        if (gender is not null && gender is not ("m" or "f")) return Invalid("vocalGender must be \"m\" or \"f\".");
        if (OptionalString(body, "personaModel", out var personaModel) is { } e9) return e9;
        if (personaModel is not null && personaModel is not ("style_persona" or "voice_persona"))
            return Invalid("personaModel must be \"style_persona\" or \"voice_persona\".");
        if (OptionalString(body, "personaId", out _) is { } e10) return e10;
        if (OptionalString(body, "negativeTags", out _) is { } e11) return e11;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, customMode, instrumental, prompt, style, title);
        return null;
    }

    private static ValidationError Invalid(string message) => ValidationError.Invalid(message);

    private static ValidationError TooLong() => new(ApiCodes.TooLong, ApiCodes.MessageFor(ApiCodes.TooLong));
}
