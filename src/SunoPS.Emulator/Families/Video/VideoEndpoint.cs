using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// POST /api/v1/mp4/generate: validation, one video per track (code 409 "Conflict - Mp4 record already exists" for a
/// second one, spending nothing), credits, then a new task id.
/// </summary>
internal sealed class VideoEndpoint(EmulatorState state)
{
    public const string Path = "/api/v1/mp4/generate";
    public const string ConflictMessage = "Conflict - Mp4 record already exists";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (VideoValidator.Validate(document.RootElement, state, out var request) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        var key = new Tasks.TaskKey(VideoTask.SourceIndex, request.Source.Tracks[request.MusicIndex].Id);
        if (state.Tasks.FindByKey<VideoTask>(key) is not null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.Conflict, ConflictMessage);
            return;
        }

        if (!state.TrySpendCredits(VideoFamily.Credits))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = VideoTask.Create(state.Clock, request.Source, request.MusicIndex, request.CallbackUrl, request.Author, request.DomainName);
        if (!state.Tasks.TryAdd(task))
        {
            // Another request for the same track won the race after our check: it keeps the record, we refund.
            state.RefundCredits(VideoFamily.Credits);
            await ApiResponses.ErrorAsync(context, state, ApiCodes.Conflict, ConflictMessage);
            return;
        }

        state.Callbacks.Watch(task, task.CallbackUrl);
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteEndObject();
        });
    }
}
