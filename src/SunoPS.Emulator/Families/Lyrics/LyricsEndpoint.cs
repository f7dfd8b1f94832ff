using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>POST /api/v1/lyrics: validation, credits, then a new task id. Not rate limited (the docs limit generate only).</summary>
internal sealed class LyricsEndpoint(EmulatorState state)
{
    public const string Path = "/api/v1/lyrics";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        var body = document.RootElement;
        if (LyricsValidator.Validate(body, out var prompt, out var callbackUrl) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(LyricsFamily.Credits))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = LyricsTask.Create(state.Clock, prompt, ParamJson.FromBody(body), callbackUrl);
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
