using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks an upload-cover body (suno-api.md §4.3): <c>uploadUrl</c>, <c>customMode</c>, <c>instrumental</c>,
/// <c>model</c> and <c>callBackUrl</c>, the custom-mode matrix of generate, and — when the emulator holds the
/// uploaded file — its length (8 minutes, 1 for V4_5ALL). The cover keeps the upload's length.
/// </summary>
internal static class UploadCoverValidator
{
    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredString(body, "uploadUrl", out var uploadUrl) is { } e1) return e1;
        if (RequiredBool(body, "customMode", out var customMode) is { } e2) return e2;
        if (RequiredBool(body, "instrumental", out var instrumental) is { } e3) return e3;
        if (MusicRules.Model(body, MusicRules.AnyGenerateModel, null, out var info) is { } e4) return e4;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e5) return e5;
        if (MusicRules.CustomText(body, customMode, instrumental, info, out var prompt, out var style, out var title) is { } e6) return e6;
        if (MusicRules.Extras(body) is { } e7) return e7;
        if (sources.AudioUrl("uploadUrl", uploadUrl, out var seconds) is { } e8) return e8;
        if (MusicSources.UploadLength("uploadUrl", seconds, info) is { } e9) return e9;

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, customMode, instrumental, prompt, style, title)
        {
            OperationType = OperationTypes.UploadCover,
            TrackSeconds = seconds,
        };
        return null;
    }
}
