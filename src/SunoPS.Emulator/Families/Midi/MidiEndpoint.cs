using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>POST /api/v1/midi/generate: validation, one credit (the cost is not documented), then a new task id.</summary>
internal sealed class MidiEndpoint(EmulatorState state, MidiTaskFactory factory)
{
    public const string Path = "/api/v1/midi/generate";
    public const int Credits = 1;

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (MidiValidator.Validate(document.RootElement, state, out var request) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(Credits))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = factory.Create(request.Source, request.Stem, request.CallbackUrl);
        state.Tasks.Add(task);
        state.Callbacks.Watch(task, task.CallbackUrl);
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteEndObject();
        });
    }
}
