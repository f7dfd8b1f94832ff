using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// POST /api/v1/voice/validate, /regenerate, /generate (each answers a new task id) and the synchronous
/// /check-voice ({"isAvailable": true} once the voice task succeeded). Each submission spends one credit (the
/// cost is not documented); check-voice spends none.
/// </summary>
internal sealed class VoiceEndpoints(EmulatorState state, VoiceTaskFactory factory)
{
    public const string ValidatePath = "/api/v1/voice/validate";
    public const string RegeneratePath = "/api/v1/voice/regenerate";
    public const string GeneratePath = "/api/v1/voice/generate";
    public const string CheckPath = "/api/v1/voice/check-voice";
    public const int Credits = 1;

    public IEnumerable<ApiRoute> Routes =>
    [
        new(HttpMethods.Post, ValidatePath, ValidateAsync),
        new(HttpMethods.Post, RegeneratePath, RegenerateAsync),
        new(HttpMethods.Post, GeneratePath, GenerateAsync),
        new(HttpMethods.Post, CheckPath, CheckAsync),
    ];

    private Task ValidateAsync(HttpContext context) => SubmitAsync(context, body =>
        VoiceValidators.Validate(body, out var r) is { } error
            ? (error, "", null)
            : (null, r.CallbackUrl, () => factory.CreateValidation(r.VoiceUrl, r.Start, r.End, r.Language, 0, r.CallbackUrl)));

    // The regeneration's callback goes to its calBackUrl (one l), and has the validation's shape.
    private Task RegenerateAsync(HttpContext context) => SubmitAsync(context, body =>
        VoiceValidators.Regenerate(body, state, out var r) is { } error
            ? (error, "", null)
            : (null, r.CallbackUrl, () => factory.CreateValidation(r.Validation.VoiceUrl, r.Validation.VocalStart, r.Validation.VocalEnd,
                r.Validation.Language, r.Validation.Round + 1, r.CallbackUrl)));

    private Task GenerateAsync(HttpContext context) => SubmitAsync(context, body =>
        VoiceValidators.Generate(body, state, out var r) is { } error
            ? (error, "", null)
            : (null, r.CallbackUrl, () => factory.CreateVoice(r.Validation, r.VerifyUrl, r.VoiceName, r.SkillLevel, r.CallbackUrl)));

    // check: the body's refusal, or the callback URL it names and how its task is made.
    private async Task SubmitAsync(HttpContext context,
        Func<JsonElement, (ValidationError? Error, string CallbackUrl, Func<Tasks.IEmulatedTask>? Create)> check)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        var (error, callbackUrl, create) = check(document.RootElement);
        if (error is not null)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (!state.TrySpendCredits(Credits))
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InsufficientCredits);
            return;
        }

        var task = create!();
        state.Tasks.Add(task);
        state.Callbacks.Watch(task, callbackUrl);
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteEndObject();
        });
    }

    private async Task CheckAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (VoiceValidators.CheckVoice(document.RootElement, out var taskId) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (state.Tasks.Find<VoiceTask>(taskId) is not { } task)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.NotFound, "Task not found");
            return;
        }

        var available = task.StatusNameAt(state.Clock.Now) == VoiceStatus.Success;
        await ApiResponses.SuccessAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("isAvailable", available);
            w.WriteEndObject();
        });
    }
}
