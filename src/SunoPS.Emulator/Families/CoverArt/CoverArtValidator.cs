using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// Checks a cover-art body (suno-api.md §4.22): <c>taskId</c> (a music task) and <c>callBackUrl</c> are required; the
/// music task must be known and finished (refused with code 400 naming the field).
/// </summary>
internal static class CoverArtValidator
{
    public static ValidationError? Validate(JsonElement body, EmulatorState state, out MusicTask source, out string callbackUrl)
    {
        source = null!;
        callbackUrl = "";
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredHttpUrl(body, "callBackUrl", out callbackUrl) is { } e2) return e2;

        taskId = taskId.Trim();
        if (state.Tasks.Find<MusicTask>(taskId) is not { } music) return ValidationError.Invalid($"taskId '{taskId}' is not a known music task.");
        var status = music.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The music task taskId '{taskId}' is not complete ({status.ToApiName()}); make its cover once it is SUCCESS.");

        source = music;
        return null;
    }
}
