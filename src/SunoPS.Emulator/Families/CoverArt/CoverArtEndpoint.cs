using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// POST /api/v1/suno/cover/generate: validation; one cover per music task, so a repeat is code 400 "Cover already
/// generated for this task" WITH the existing <c>taskId</c> in <c>data</c> (suno-api.md §4.22), spending nothing; then
/// credits, refused with this endpoint's own code 402; then a new task id.
/// </summary>
internal sealed class CoverArtEndpoint(EmulatorState state)
{
    public const string Path = "/api/v1/suno/cover/generate";
    public const string ExistsMessage = "Cover already generated for this task";
    public const int InsufficientCredits = 402;

    public ApiRoute Route => new(HttpMethods.Post, Path, HandleAsync);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        if (CoverArtValidator.Validate(document.RootElement, state, out var source, out var callbackUrl) is { } error)
        {
            await ApiResponses.ErrorAsync(context, state, error.Code, error.Message);
            return;
        }

        if (state.Tasks.FindByKey<CoverArtTask>(CoverArtTask.KeyOf(source)) is { } existing)
        {
            await ExistingAsync(context, existing.TaskId);
            return;
        }

        if (!state.TrySpendCredits(CoverArtFamily.Credits))
        {
            await ApiResponses.ErrorAsync(context, state, InsufficientCredits);
            return;
        }

        var task = CoverArtTask.Create(state.Clock, source, callbackUrl);
        if (!state.Tasks.TryAdd(task))
        {
            state.RefundCredits(CoverArtFamily.Credits);
            await ExistingAsync(context, state.Tasks.FindByKey<CoverArtTask>(CoverArtTask.KeyOf(source))?.TaskId ?? "");
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

    /// <summary>The refusal of a repeat: code 400 in HTTP 200 (or as the HTTP status when the emulator mirrors codes), naming the existing task.</summary>
    private Task ExistingAsync(HttpContext context, string existingTaskId)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        using (var w = new Utf8JsonWriter(buffer, ApiResponses.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("code", ApiCodes.InvalidParameters);
            w.WriteString("msg", ExistsMessage);
            w.WriteStartObject("data");
            w.WriteString("taskId", existingTaskId);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        var status = state.ErrorsAsHttpStatus ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return BodySender.SendAsync(context, status, ApiResponses.JsonContentType, new MemoryBody(buffer.WrittenSpan.ToArray()));
    }
}
