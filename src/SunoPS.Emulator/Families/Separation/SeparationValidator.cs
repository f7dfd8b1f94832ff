using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>A checked separation request: the finished source task, which track, the mode, its stem and the callBackUrl.</summary>
internal sealed record SeparationRequest(MusicTask Source, int MusicIndex, string Type, string? StemName, string CallbackUrl);

/// <summary>
/// Checks a vocal-removal body (suno-api.md §4.18): <c>taskId</c>, <c>audioId</c> and <c>callBackUrl</c> are required;
/// <c>type</c> is one of the three modes (separate_vocal when absent); <c>stemName</c> is required, and must be a
/// documented name, for split_stem_advanced only (the schema marks it required everywhere; quirk 17: its absence is
/// not refused). Then the track must exist and be finished.
/// </summary>
internal static class SeparationValidator
{
    public static ValidationError? Validate(JsonElement body, EmulatorState state, out SeparationRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e3) return e3;
        if (OptionalString(body, "type", out var type) is { } e4) return e4;
        type ??= SeparationTypes.SeparateVocal;
        if (!SeparationTypes.All.Contains(type, StringComparer.Ordinal))
            return ValidationError.Invalid($"type must be one of {string.Join(", ", SeparationTypes.All)}.");

        string? stemName = null;
        if (type == SeparationTypes.SplitStemAdvanced)
        {
            if (RequiredString(body, "stemName", out var name) is { } e5) return ValidationError.Invalid(e5.Message + " (for split_stem_advanced)");
            if (!StemNames.All.Contains(name)) return ValidationError.Invalid($"stemName '{name}' is not one of the documented stem names.");
            stemName = name;
        }

        taskId = taskId.Trim();
        var source = state.Tasks.Find<MusicTask>(taskId);
        if (source is null) return ValidationError.Invalid($"taskId '{taskId}' is not a known music task.");

        var index = Guid.TryParseExact(audioId.Trim(), "D", out var trackId) ? source.IndexOf(trackId) : -1;
        if (index < 0) return ValidationError.Invalid($"audioId '{audioId}' is not a track of task {taskId}.");

        var status = source.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The track audioId '{audioId}' is not complete (its task is {status.ToApiName()}); separate it once the task is SUCCESS.");

        request = new SeparationRequest(source, index, type, stemName, callBackUrl);
        return null;
    }
}
