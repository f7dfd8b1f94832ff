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
    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequireObject(body) is { } e0) return e0;

        if (RequiredBool(body, "customMode", out var customMode) is { } e1) return e1;
        if (RequiredBool(body, "instrumental", out var instrumental) is { } e2) return e2;
        if (MusicRules.Model(body, MusicRules.AnyGenerateModel, null, out var info) is { } e3) return e3;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e4) return e4;
        if (MusicRules.CustomText(body, customMode, instrumental, info, out var prompt, out var style, out var title) is { } e5) return e5;
        if (MusicRules.Extras(body) is { } e6) return e6;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, customMode, instrumental, prompt, style, title);
        return null;
    }
}
