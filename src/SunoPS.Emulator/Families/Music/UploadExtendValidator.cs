using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks an upload-extend body (suno-api.md §4.4): <c>uploadUrl</c>, <c>defaultParamFlag</c>, <c>model</c> and
/// <c>callBackUrl</c>; <c>instrumental</c> is optional here. defaultParamFlag true needs style and title, and a
/// prompt unless instrumental; false needs nothing more. When the emulator holds the upload: its length limits
/// and continueAt &lt; its duration. The tracks are longer than the part of the upload they continue from.
/// </summary>
internal static class UploadExtendValidator
{
    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredString(body, "uploadUrl", out var uploadUrl) is { } e1) return e1;
        if (RequiredBool(body, "defaultParamFlag", out var custom) is { } e2) return e2;
        if (MusicRules.OptionalBool(body, "instrumental", false, out var instrumental) is { } e3) return e3;
        if (MusicRules.Model(body, MusicRules.AnyGenerateModel, null, out var info) is { } e4) return e4;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e5) return e5;
        if (MusicRules.OptionalSeconds(body, "continueAt", out var continueAt) is { } e6) return e6;

        string? prompt = null, style = null, title = null;
        if (custom)
        {
            if (RequiredString(body, "style", out var s) is { } e7) return When(e7);
            if (RequiredString(body, "title", out var t) is { } e8) return When(e8);
            if (BodyFields.OptionalString(body, "prompt", out var p) is { } e9) return e9;
            if (!instrumental && string.IsNullOrWhiteSpace(p))
                return ValidationError.Invalid("prompt is required when defaultParamFlag is true and instrumental is false.");
            (prompt, style, title) = (p, s, t);
            if (MusicRules.TextLimits(info, prompt, style, title) is { } e10) return e10;
        }

        if (MusicRules.Extras(body) is { } e11) return e11;
        if (sources.AudioUrl("uploadUrl", uploadUrl, out var seconds) is { } e12) return e12;
        if (MusicSources.UploadLength("uploadUrl", seconds, info) is { } e13) return e13;
        if (continueAt is { } at && (at <= 0 || (seconds is { } length && at >= length)))
            return ValidationError.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"continueAt must be greater than 0 and less than the uploaded audio's duration{(seconds is { } d ? $" ({d} s)" : "")}."));

        draft = new TaskDraft(ParamJson.FromBody(body), info.Name, custom, instrumental, prompt, style, title)
        {
            OperationType = OperationTypes.UploadExtend,
            ContinueAtSeconds = continueAt ?? seconds,
        };
        return null;
    }

    private static ValidationError When(ValidationError error) =>
        error.Message.EndsWith(" is required.", StringComparison.Ordinal)
            ? ValidationError.Invalid(error.Message[..^1] + " when defaultParamFlag is true.")
            : error;
}
