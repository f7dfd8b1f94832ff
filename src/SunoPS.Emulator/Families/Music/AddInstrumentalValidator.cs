using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks an add-instrumental body (suno-api.md §4.5): <c>uploadUrl</c>, <c>title</c>, <c>negativeTags</c>,
/// <c>tags</c> and <c>callBackUrl</c> required; <c>model</c> optional (V4_5PLUS by default, V5, V5_5). The
/// backing tracks are instrumental, styled by <c>tags</c>, as long as the upload when the emulator knows it.
/// </summary>
internal static class AddInstrumentalValidator
{
    public const string DefaultModel = "V4_5PLUS";

    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredString(body, "uploadUrl", out var uploadUrl) is { } e1) return e1;
        if (RequiredString(body, "title", out var title) is { } e2) return e2;
        if (RequiredString(body, "negativeTags", out _) is { } e3) return e3;
        if (RequiredString(body, "tags", out var tags) is { } e4) return e4;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e5) return e5;
        if (MusicRules.Model(body, MusicRules.AddAudioModels, DefaultModel, out var info) is { } e6) return e6;
        if (MusicRules.Extras(body, persona: false) is { } e7) return e7;
        if (MusicRules.TextLimits(info, null, tags, title) is { } e8) return e8;
        if (sources.AudioUrl("uploadUrl", uploadUrl, out var seconds) is { } e9) return e9;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, CustomMode: true, Instrumental: true, Prompt: null, tags, title)
        {
            OperationType = OperationTypes.AddInstrumental,
            TrackSeconds = seconds,
        };
        return null;
    }
}
