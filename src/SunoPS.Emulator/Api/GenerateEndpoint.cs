using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>POST /api/v1/generate: rate limit, validation, credits, then a new task id.</summary>
internal sealed class GenerateEndpoint(EmulatorState state)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!state.GenerateLimiter.TryAdmit(state.GenerateLimit, TimeSpan.FromSeconds(state.GenerateWindowSeconds)))
        {
            state.Counters.Throttled();
            await RejectAsync(context, ApiCodes.TooFrequent);
            return;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await RejectAsync(context, ApiCodes.InvalidParameters, "The request body is not valid JSON.");
            return;
        }

        using (document)
        {
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

            var task = state.Factory.Create(draft);
            state.Tasks.Add(task);
            state.Counters.GenerateAccepted();
            await ApiResponses.SuccessAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("taskId", task.TaskId);
                w.WriteEndObject();
            });
        }
    }

    public Task RejectAsync(HttpContext context, int code, string? message = null)
    {
        state.Counters.GenerateRejected();
        return ApiResponses.ErrorAsync(context, state, code, message);
    }
}
