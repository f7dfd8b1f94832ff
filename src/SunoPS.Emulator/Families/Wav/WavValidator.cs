using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>A checked WAV request: the finished source task, which of its tracks, and the callBackUrl.</summary>
internal sealed record WavRequest(MusicTask Source, int MusicIndex, string CallbackUrl);

/// <summary>
/// Checks a WAV body (suno-api.md §4.16): <c>taskId</c>, <c>audioId</c> and <c>callBackUrl</c> are required strings,
/// then the track must exist and be finished. What the real API answers for an unknown task, a foreign track
/// or an unfinished one is not documented; the emulator refuses them with code 400 naming the field.
/// </summary>
internal static class WavValidator
{
    public static ValidationError? Validate(JsonElement body, EmulatorState state, out WavRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e3) return e3;

        taskId = taskId.Trim();
        var source = state.Tasks.Find<MusicTask>(taskId);
        if (source is null) return ValidationError.Invalid($"taskId '{taskId}' is not a known music task.");

        var index = Guid.TryParseExact(audioId.Trim(), "D", out var trackId) ? source.IndexOf(trackId) : -1;
        if (index < 0) return ValidationError.Invalid($"audioId '{audioId}' is not a track of task {taskId}.");

        var status = source.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The track audioId '{audioId}' is not complete (its task is {status.ToApiName()}); convert it once the task is SUCCESS.");

        request = new WavRequest(source, index, callBackUrl);
        return null;
    }
}
