using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks a mashup body (suno-api.md §4.7): <c>uploadUrlList</c> with exactly 2 http(s) URLs, <c>customMode</c>,
/// <c>callBackUrl</c> and <c>model</c> (no V5_5); the custom-mode matrix of generate (instrumental optional,
/// false by default); <c>title</c> at most 100 characters. No persona fields.
/// </summary>
internal static class MashupValidator
{
    public const int TitleMaxLength = 100;

    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (!body.TryGetProperty("uploadUrlList", out var list) || list.ValueKind == JsonValueKind.Null)
            return ValidationError.Invalid("uploadUrlList is required.");
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() != 2)
            return ValidationError.Invalid("uploadUrlList must be an array of exactly 2 URLs.");
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return ValidationError.Invalid("uploadUrlList must be an array of exactly 2 URLs.");
            if (sources.AudioUrl("uploadUrlList", item.GetString()!, out _) is { } e) return e;
        }

        if (RequiredBool(body, "customMode", out var customMode) is { } e1) return e1;
        if (MusicRules.OptionalBool(body, "instrumental", false, out var instrumental) is { } e2) return e2;
        if (MusicRules.Model(body, MusicRules.MashupModels, null, out var info) is { } e3) return e3;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e4) return e4;
        if (MusicRules.CustomText(body, customMode, instrumental, info, out var prompt, out var style, out var title) is { } e5) return e5;
        if (title?.Length > TitleMaxLength) return MusicRules.TooLong();
        if (MusicRules.Extras(body, persona: false) is { } e6) return e6;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, customMode, instrumental, prompt, style, title)
        {
            OperationType = OperationTypes.Mashup,
        };
        return null;
    }
}
