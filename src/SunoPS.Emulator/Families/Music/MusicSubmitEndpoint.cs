using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// A POST that makes a music task (generate, extend, the upload variants, add-*, mashup, sounds,
/// replace-section): rate limit, the endpoint's validation, credits, then a new task id. All of them share
/// the generate limit (20 per 10 s) and the generate counters, since each is a generation.
/// </summary>
internal sealed class MusicSubmitEndpoint(EmulatorState state, MusicTaskFactory factory, MusicSources sources, string path, MusicValidation validate)
{
    public ApiRoute Route => new(HttpMethods.Post, path, HandleAsync, c => RejectAsync(c, ApiCodes.Unauthorized));

    public async Task HandleAsync(HttpContext context)
    {
        if (!state.GenerateLimiter.TryAdmit(state.GenerateLimit, TimeSpan.FromSeconds(state.GenerateWindowSeconds)))
        {
            state.Counters.Throttled();
            await RejectAsync(context, ApiCodes.TooFrequent);
            return;
        }

        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await RejectAsync(context, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (BodyFields.RequireObject(document.RootElement) is { } notObject)
        {
            await RejectAsync(context, notObject.Code, notObject.Message);
            return;
        }

        if (validate(document.RootElement, sources, out var draft) is { } error)
        {
            await RejectAsync(context, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(state.CreditsPerGeneration))
        {
            await RejectAsync(context, ApiCodes.InsufficientCredits);
            return;
        }

        var task = factory.Create(draft);
        state.Tasks.Add(task);
        state.Counters.GenerateAccepted();
        BodyFields.OptionalString(document.RootElement, "callBackUrl", out var callBackUrl); // validated above
        state.Callbacks.Watch(task, callBackUrl);
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteEndObject();
        });
    }

    /// <summary>Every refusal of a submission, including a missing key, counts as a rejected generate.</summary>
    public Task RejectAsync(HttpContext context, int code, string? message = null)
    {
        state.Counters.GenerateRejected();
        return ApiResponses.ErrorAsync(context, state, code, message);
    }
}
