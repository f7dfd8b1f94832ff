using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// POST /api/v1/wav/generate: validation, one WAV record per track (code 409 for a second one, spending
/// nothing), credits, then a new task id. Not rate limited: the docs give a limit for generate only.
/// </summary>
internal sealed class WavGenerateEndpoint(EmulatorState state, WavTaskFactory factory)
{
    public const string Path = "/api/v1/wav/generate";
    public const string ConflictMessage = "Conflict - WAV record already exists";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (WavValidator.Validate(document.RootElement, state, out var request) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        var key = new Tasks.TaskKey(WavTask.SourceIndex, request.Source.Tracks[request.MusicIndex].Id);
        if (state.Tasks.FindByKey<WavTask>(key) is not null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.Conflict, ConflictMessage);
            return;
        }

        var cost = state.CreditsPerWav;
        if (!state.TrySpendCredits(cost))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = factory.Create(request.Source, request.MusicIndex, request.CallbackUrl);
        if (!state.Tasks.TryAdd(task))
        {
            // Another request for the same track won the race after our check: it keeps the record, we refund.
            state.RefundCredits(cost);
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
