using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Voice;

internal sealed record ValidateRequest(string VoiceUrl, int Start, int End, string Language, string CallbackUrl);

internal sealed record RegenerateRequest(VoiceValidationTask Validation, string CallbackUrl);

internal sealed record VoiceRequest(VoiceValidationTask Validation, string VerifyUrl, string? VoiceName, string SkillLevel, string CallbackUrl);

/// <summary>
/// Checks the voice bodies (suno-api.md §4.23) with their own spellings: validate's <c>voiceUrl</c>, integer
/// <c>vocalStartS</c> and <c>vocalEndS</c> (end after start) and <c>language</c>; regenerate's <c>calBackUrl</c> with one l
/// (a client sending callBackUrl is told calBackUrl is required); generate's <c>verifyUrl</c> and <c>singerSkillLevel</c>;
/// check-voice's <c>task_id</c>.
/// </summary>
internal static class VoiceValidators
{
    public static readonly string[] SkillLevels = ["beginner", "intermediate", "advanced", "professional"];

    public static ValidationError? Validate(JsonElement body, out ValidateRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredHttpUrl(body, "voiceUrl", out var voiceUrl) is { } e1) return e1;
        if (RequiredInteger(body, "vocalStartS", out var start) is { } e2) return e2;
        if (RequiredInteger(body, "vocalEndS", out var end) is { } e3) return e3;
        if (start < 0) return ValidationError.Invalid("vocalStartS must not be negative.");
        if (end <= start) return ValidationError.Invalid("vocalEndS must be greater than vocalStartS.");
        if (OptionalString(body, "language", out var language) is { } e4) return e4;
        language ??= "en";
        if (!VoicePhrases.Languages.Contains(language, StringComparer.Ordinal))
            return ValidationError.Invalid($"language must be one of {string.Join(", ", VoicePhrases.Languages)}.");
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e5) return e5;
        request = new ValidateRequest(voiceUrl, start, end, language, callBackUrl);
        return null;
    }

    public static ValidationError? Regenerate(JsonElement body, EmulatorState state, out RegenerateRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredHttpUrl(body, "calBackUrl", out var calBackUrl) is { } e2) return e2;
        if (state.Tasks.Find<VoiceValidationTask>(taskId.Trim()) is not { } validation)
            return ValidationError.Invalid($"taskId '{taskId}' is not a known voice validation task.");
        request = new RegenerateRequest(validation, calBackUrl);
        return null;
    }

    public static ValidationError? Generate(JsonElement body, EmulatorState state, out VoiceRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredHttpUrl(body, "verifyUrl", out var verifyUrl) is { } e2) return e2;
        if (OptionalString(body, "voiceName", out var voiceName) is { } e3) return e3;
        if (OptionalString(body, "description", out _) is { } e4) return e4;
        if (OptionalString(body, "style", out _) is { } e5) return e5;
        if (OptionalString(body, "singerSkillLevel", out var level) is { } e6) return e6;
        level ??= "beginner";
        if (!SkillLevels.Contains(level, StringComparer.Ordinal))
            return ValidationError.Invalid($"singerSkillLevel must be one of {string.Join(", ", SkillLevels)}.");
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e7) return e7;

        if (state.Tasks.Find<VoiceValidationTask>(taskId.Trim()) is not { } validation)
            return ValidationError.Invalid($"taskId '{taskId}' is not a known voice validation task.");
        var status = validation.StatusNameAt(state.Clock.Now);
        if (status != VoiceStatus.WaitValidating)
            return ValidationError.Invalid($"The validation '{validation.TaskId}' has no phrase to verify (its status is {status}).");
        request = new VoiceRequest(validation, verifyUrl, voiceName, level, callBackUrl);
        return null;
    }

    public static ValidationError? CheckVoice(JsonElement body, out string taskId)
    {
        taskId = "";
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "task_id", out taskId) is { } e1) return e1;
        taskId = taskId.Trim();
        return null;
    }

    /// <summary>A whole number sent as a JSON number (1.5 or "1" are refused).</summary>
    private static ValidationError? RequiredInteger(JsonElement body, string name, out int value)
    {
        value = 0;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return ValidationError.Invalid($"{name} is required.");
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out value)) return ValidationError.Invalid($"{name} must be an integer.");
        return null;
    }
}
