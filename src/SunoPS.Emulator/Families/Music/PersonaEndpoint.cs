using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// POST /api/v1/generate/generate-persona (synchronous, suno-api.md §4.14): <c>taskId</c>, <c>audioId</c>,
/// <c>name</c> and <c>description</c> required; <c>vocalStart</c> (default 0), <c>vocalEnd</c> (default 30) and
/// <c>style</c> optional. The track must be finished and made with V4 or newer, the vocal window 10–30 s and
/// within the track (code 400 otherwise); a second persona of the same audioId is code 409.
/// </summary>
internal sealed class PersonaEndpoint(EmulatorState state, MusicSources sources)
{
    public const string ConflictMessage = "Persona already exists for this music";
    public const double MinWindowSeconds = 10;
    public const double MaxWindowSeconds = 30;

    public ApiRoute Route => new(HttpMethods.Post, MusicPaths.Persona, c => SyncBody.HandleAsync(c, state, Answer));

    private ValidationError? Answer(JsonElement body, out Action<Utf8JsonWriter> writeData)
    {
        writeData = null!;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (RequiredString(body, "name", out var name) is { } e3) return e3;
        if (RequiredString(body, "description", out var description) is { } e4) return e4;
        if (MusicRules.OptionalSeconds(body, "vocalStart", out var vocalStart) is { } e5) return e5;
        if (MusicRules.OptionalSeconds(body, "vocalEnd", out var vocalEnd) is { } e6) return e6;
        if (OptionalString(body, "style", out _) is { } e7) return e7;
        if (sources.FinishedTrackOf(taskId, audioId, out var task, out var index) is { } e8) return e8;
        if (task.Draft.Model is "V3_5") return ValidationError.Invalid("A persona needs a track made with V4 or a newer model.");

        var start = vocalStart ?? 0;
        var end = vocalEnd ?? 30;
        var duration = task.Tracks[index].DurationSeconds;
        if (start < 0 || end < 0) return ValidationError.Invalid("vocalStart and vocalEnd must be 0 or more.");
        if (end - start is < MinWindowSeconds or > MaxWindowSeconds)
            return ValidationError.Invalid("vocalEnd - vocalStart must be between 10 and 30 seconds.");
        if (end > duration)
            return ValidationError.Invalid(string.Create(CultureInfo.InvariantCulture, $"vocalEnd ({end} s) must be within the track ({duration} s)."));

        var personaId = Guid.NewGuid().ToString("N");
        if (!task.TryClaimPersona(index, personaId)) return new ValidationError(ApiCodes.Conflict, ConflictMessage);

        writeData = w =>
        {
            w.WriteStartObject();
            w.WriteString("personaId", personaId);
            w.WriteString("name", name);
            w.WriteString("description", description);
            w.WriteEndObject();
        };
        return null;
    }
}
