using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Music;

/// <summary>POST /api/v1/generate: rate limit, validation, credits, then a new task id.</summary>
internal sealed class GenerateEndpoint(EmulatorState state, MusicTaskFactory factory)
{
    public const string Path = "/api/v1/generate";

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync, c => RejectAsync(c, ApiCodes.Unauthorized));

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

        if (GenerateValidator.Validate(document.RootElement, out var draft) is { } error)
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
