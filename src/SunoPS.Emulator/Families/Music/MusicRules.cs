using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The field rules the music endpoints share (suno-api.md §3, §4.1–§4.9): a model from an endpoint's list,
/// the custom-mode matrix with the per-model text limits (code 413), the optional weights, vocal gender and
/// persona fields, and an audio URL. Names are matched exactly, so a misspelt field counts as missing.
/// </summary>
internal static class MusicRules
{
    private static readonly string[] WeightFields = ["styleWeight", "weirdnessConstraint", "audioWeight"];

    /// <summary>The models of generate, extend, upload-cover, upload-extend and replace-section (any V6… passes, as for generate).</summary>
    public static readonly string[]? AnyGenerateModel = null;

    public static readonly string[] MashupModels = ["V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5"];
    public static readonly string[] AddAudioModels = ["V4_5PLUS", "V5", "V5_5"];
    public static readonly string[] SoundsModels = ["V5"];

    /// <summary>A model: required unless <paramref name="defaultModel"/> is given, and one of <paramref name="allowed"/> (null: the catalog).</summary>
    public static ValidationError? Model(JsonElement body, string[]? allowed, string? defaultModel, out ModelInfo info)
    {
        info = null!;
        if (OptionalString(body, "model", out var model) is { } e) return e;
        if (string.IsNullOrWhiteSpace(model))
        {
            if (defaultModel is null) return Invalid("model is required.");
            model = defaultModel;
        }

        var found = ModelCatalog.Find(model);
        if (found is null || (allowed is not null && !allowed.Contains(found.Name, StringComparer.Ordinal)))
            return Invalid($"model '{model}' is not supported; use one of {(allowed is null ? ModelCatalog.KnownNames : string.Join(", ", allowed))}.");
        info = found;
        return null;
    }

    /// <summary>
    /// The custom-mode matrix of §4.1: custom needs style and title, and prompt unless instrumental; non-custom
    /// needs only a prompt of at most 500 characters. Longer texts than the model allows are code 413.
    /// </summary>
    public static ValidationError? CustomText(JsonElement body, bool customMode, bool instrumental, ModelInfo info,
        out string? prompt, out string? style, out string? title)
    {
        style = title = null;
        if (OptionalString(body, "prompt", out prompt) is { } e1) return e1;
        if (OptionalString(body, "style", out style) is { } e2) return e2;
        if (OptionalString(body, "title", out title) is { } e3) return e3;

        if (!customMode)
        {
            if (string.IsNullOrWhiteSpace(prompt)) return Invalid("prompt is required when customMode is false.");
            return prompt.Length > ModelCatalog.DescriptionPromptLimit ? TooLong() : null;
        }

        if (string.IsNullOrWhiteSpace(style)) return Invalid("style is required when customMode is true.");
        if (string.IsNullOrWhiteSpace(title)) return Invalid("title is required when customMode is true.");
        if (!instrumental && string.IsNullOrWhiteSpace(prompt)) return Invalid("prompt is required when customMode is true and instrumental is false.");
        return TextLimits(info, prompt, style, title);
    }

    /// <summary>Code 413 when a text is longer than the model allows (§3.2).</summary>
    public static ValidationError? TextLimits(ModelInfo info, string? prompt, string? style, string? title) =>
        (prompt?.Length ?? 0) > info.PromptLimit || (style?.Length ?? 0) > info.StyleLimit || (title?.Length ?? 0) > info.TitleLimit ? TooLong() : null;

    /// <summary>The optional fields of §4.1: weights in 0–1, vocalGender m/f, personaModel, personaId, negativeTags.</summary>
    public static ValidationError? Extras(JsonElement body, bool persona = true)
    {
        foreach (var field in WeightFields)
        {
            if (body.TryGetProperty(field, out var weight) && weight.ValueKind != JsonValueKind.Null
                && (weight.ValueKind != JsonValueKind.Number || weight.GetDouble() is < 0 or > 1))
                return Invalid($"{field} must be a number between 0 and 1.");
        }

        if (OptionalString(body, "vocalGender", out var gender) is { } e1) return e1;
        if (gender is not null && gender is not ("m" or "f")) return Invalid("vocalGender must be \"m\" or \"f\".");
        if (OptionalString(body, "negativeTags", out _) is { } e2) return e2;
        if (!persona) return null;
        if (OptionalString(body, "personaModel", out var personaModel) is { } e3) return e3;
        if (personaModel is not null && personaModel is not ("style_persona" or "voice_persona"))
            return Invalid("personaModel must be \"style_persona\" or \"voice_persona\".");
        return OptionalString(body, "personaId", out _);
    }

    /// <summary>An optional boolean: absent or null gives <paramref name="fallback"/>.</summary>
    public static ValidationError? OptionalBool(JsonElement body, string name, bool fallback, out bool value)
    {
        value = fallback;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return Invalid($"{name} must be a boolean.");
        value = element.GetBoolean();
        return null;
    }

    /// <summary>An optional number of seconds: absent or null gives null.</summary>
    public static ValidationError? OptionalSeconds(JsonElement body, string name, out double? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Number || !double.IsFinite(element.GetDouble())) return Invalid($"{name} must be a number of seconds.");
        value = element.GetDouble();
        return null;
    }

    public static ValidationError? RequiredSeconds(JsonElement body, string name, out double value)
    {
        value = 0;
        if (OptionalSeconds(body, name, out var seconds) is { } e) return e;
        if (seconds is null) return Invalid($"{name} is required.");
        value = seconds.Value;
        return null;
    }

    /// <summary>An optional callBackUrl (sounds, replace-section): absent is fine, present must be an http(s) URL.</summary>
    public static ValidationError? OptionalCallbackUrl(JsonElement body)
    {
        if (OptionalString(body, "callBackUrl", out var url) is { } e) return e;
        return url is null ? null : RequiredHttpUrl(body, "callBackUrl", out _);
    }

    public static ValidationError Invalid(string message) => ValidationError.Invalid(message);

    public static ValidationError TooLong() => new(ApiCodes.TooLong, ApiCodes.MessageFor(ApiCodes.TooLong));
}
