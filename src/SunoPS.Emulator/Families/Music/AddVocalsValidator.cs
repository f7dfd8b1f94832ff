using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks an add-vocals body (suno-api.md §4.6): <c>uploadUrl</c>, <c>callBackUrl</c>, <c>prompt</c> (the lyrics),
/// <c>title</c>, <c>negativeTags</c> and <c>style</c> required; <c>model</c> optional (V4_5PLUS by default, V5, V5_5).
/// </summary>
internal static class AddVocalsValidator
{
    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredString(body, "uploadUrl", out var uploadUrl) is { } e1) return e1;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e2) return e2;
        if (RequiredString(body, "prompt", out var prompt) is { } e3) return e3;
        if (RequiredString(body, "title", out var title) is { } e4) return e4;
        if (RequiredString(body, "negativeTags", out _) is { } e5) return e5;
        if (RequiredString(body, "style", out var style) is { } e6) return e6;
        if (MusicRules.Model(body, MusicRules.AddAudioModels, AddInstrumentalValidator.DefaultModel, out var info) is { } e7) return e7;
        if (MusicRules.Extras(body, persona: false) is { } e8) return e8;
        if (MusicRules.TextLimits(info, prompt, style, title) is { } e9) return e9;
        if (sources.AudioUrl("uploadUrl", uploadUrl, out var seconds) is { } e10) return e10;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, CustomMode: true, Instrumental: false, prompt, style, title)
        {
            OperationType = OperationTypes.AddVocals,
            TrackSeconds = seconds,
        };
        return null;
    }
}
