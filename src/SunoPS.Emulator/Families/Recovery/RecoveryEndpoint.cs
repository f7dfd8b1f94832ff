using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>POST /api/v1/suno/recovery: validation, credits, then the new id as <c>data.task_id</c> (snake case).</summary>
internal sealed class RecoveryEndpoint(EmulatorState state)
{
    public const string Path = "/api/v1/suno/recovery";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (RecoveryValidator.Validate(document.RootElement, state, out var source, out var callbackUrl) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(RecoveryFamily.Credits))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = RecoveryTask.Create(state.Clock, source, callbackUrl);
        state.Tasks.Add(task);
        state.Callbacks.Watch(task, task.CallbackUrl);
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("task_id", task.TaskId);
            w.WriteEndObject();
        });
    }
}
