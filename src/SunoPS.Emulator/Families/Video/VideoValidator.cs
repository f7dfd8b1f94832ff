using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Video;

/// <summary>A checked video request.</summary>
internal sealed record VideoRequest(MusicTask Source, int MusicIndex, string CallbackUrl, string? Author, string? DomainName);

/// <summary>
/// Checks a video body (suno-api.md §4.21): <c>taskId</c>, <c>audioId</c> and <c>callBackUrl</c> are required;
/// <c>author</c> and <c>domainName</c> are optional strings of at most 50 characters. The track must exist and be
/// finished (refused with code 400 naming the field, as the WAV family does).
/// </summary>
internal static class VideoValidator
{
    public const int TextLimit = 50;

    public static ValidationError? Validate(JsonElement body, EmulatorState state, out VideoRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e3) return e3;
        if (OptionalString(body, "author", out var author) is { } e4) return e4;
        if (OptionalString(body, "domainName", out var domainName) is { } e5) return e5;
        if (author?.Length > TextLimit) return ValidationError.Invalid($"author has {author.Length} characters; at most {TextLimit} are allowed.");
        if (domainName?.Length > TextLimit) return ValidationError.Invalid($"domainName has {domainName.Length} characters; at most {TextLimit} are allowed.");

        taskId = taskId.Trim();
        var source = state.Tasks.Find<MusicTask>(taskId);
        if (source is null) return ValidationError.Invalid($"taskId '{taskId}' is not a known music task.");

        var index = Guid.TryParseExact(audioId.Trim(), "D", out var trackId) ? source.IndexOf(trackId) : -1;
        if (index < 0) return ValidationError.Invalid($"audioId '{audioId}' is not a track of task {taskId}.");

        var status = source.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The track audioId '{audioId}' is not complete (its task is {status.ToApiName()}); make its video once the task is SUCCESS.");

        request = new VideoRequest(source, index, callBackUrl, author, domainName);
        return null;
    }
}
