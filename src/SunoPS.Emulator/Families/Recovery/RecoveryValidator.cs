using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// Checks a recovery body (suno-api.md §4.17): <c>sunoTaskId</c> (the music task, not <c>taskId</c>) and
/// <c>callBackUrl</c> are required; the music task must be known and finished (code 400 naming the field).
/// </summary>
internal static class RecoveryValidator
{
    public static ValidationError? Validate(JsonElement body, EmulatorState state, out MusicTask source, out string callbackUrl)
    {
        source = null!;
        callbackUrl = "";
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "sunoTaskId", out var taskId) is { } e1) return e1;
        if (RequiredHttpUrl(body, "callBackUrl", out callbackUrl) is { } e2) return e2;

        taskId = taskId.Trim();
        if (state.Tasks.Find<MusicTask>(taskId) is not { } music) return ValidationError.Invalid($"sunoTaskId '{taskId}' is not a known music task.");
        var status = music.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The music task sunoTaskId '{taskId}' is not finished ({status.ToApiName()}); only finished tasks are recovered.");

        source = music;
        return null;
    }
}
