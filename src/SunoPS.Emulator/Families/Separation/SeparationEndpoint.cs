using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// POST /api/v1/vocal-removal/generate: validation, the mode's credits (10, 50 or 20; charged again for the same
/// track, as the docs say), then a new task id.
/// </summary>
internal sealed class SeparationEndpoint(EmulatorState state, SeparationTaskFactory factory)
{
    public const string Path = "/api/v1/vocal-removal/generate";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (SeparationValidator.Validate(document.RootElement, state, out var request) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(SeparationTypes.CreditsOf(request.Type)))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = factory.Create(request.Source, request.MusicIndex, request.Type, request.StemName, request.CallbackUrl);
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
