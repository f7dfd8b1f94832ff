using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Control;

/// <summary>
/// The /_emulator endpoints on the API origin: test and benchmark controls. No key, no faults, not counted
/// in stats. Answers are plain JSON (no envelope); problems are HTTP 400/404 with <c>{"error": "…"}</c>.
/// </summary>
internal sealed class ControlRouter(EmulatorState state)
{
    public const string Prefix = "/_emulator";

    public async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = (context.Request.Path.Value ?? "/").TrimEnd('/').ToLowerInvariant();
        try
        {
            switch (path[Prefix.Length..])
            {
                case "/faults" when HttpMethods.IsPost(method):
                    state.AddFault(await ReadAsync<FaultSpec>(context));
                    await SendAsync(context, 200, new { activeFaults = state.Faults.Count });
                    break;
                case "/faults" when HttpMethods.IsDelete(method):
                    state.ClearFaults();
                    await SendAsync(context, 200, new { activeFaults = 0 });
                    break;
                case "/faults" when HttpMethods.IsGet(method):
                    await SendAsync(context, 200, state.Faults);
                    break;
                case "/stats" when HttpMethods.IsGet(method):
                    await SendAsync(context, 200, state.Stats);
                    break;
                case "/reset" when HttpMethods.IsPost(method):
                    state.Reset();
                    await SendAsync(context, 200, new { reset = true });
                    break;
                case "/settings" when HttpMethods.IsPost(method):
                    state.ApplySettings(await ReadAsync<EmulatorSettings>(context));
                    await SendAsync(context, 200, state.GetSettings());
                    break;
                case "/settings" when HttpMethods.IsGet(method):
                    await SendAsync(context, 200, state.GetSettings());
                    break;
                case "/tasks" when HttpMethods.IsPost(method):
                    await SendAsync(context, 200, new { taskIds = state.SeedTasks(await ReadAsync<SeedTasksRequest>(context)) });
                    break;
                case "/timeline" when HttpMethods.IsPost(method):
                    var wanted = (await ReadAsync<TimelineRequest>(context)).TaskIds ?? throw new ArgumentException("taskIds is required.");
                    await SendAsync(context, 200, new { emulatedSeconds = state.EmulatedSeconds, tasks = state.GetTaskTimes(wanted) });
                    break;
                case "/expire-files" when HttpMethods.IsPost(method):
                    await ExpireFilesAsync(context, await ReadAsync<ExpireFilesRequest>(context));
                    break;
                case "/clock" when HttpMethods.IsPost(method):
                    state.AdvanceClock((await ReadAsync<ClockRequest>(context)).AdvanceSeconds);
                    await SendAsync(context, 200, new { emulatedSeconds = state.EmulatedSeconds, clockSpeed = state.ClockSpeed });
                    break;
                case "/callbacks" when HttpMethods.IsGet(method):
                    await SendAsync(context, 200, state.CallbackDeliveries);
                    break;
                case "/callbacks" when HttpMethods.IsDelete(method):
                    state.ClearCallbackLog();
                    await SendAsync(context, 200, new { cleared = true });
                    break;
                case "/clock" when HttpMethods.IsGet(method):
                    await SendAsync(context, 200, new { emulatedSeconds = state.EmulatedSeconds, clockSpeed = state.ClockSpeed });
                    break;
                default:
                    await SendAsync(context, 404, new { error = $"No control endpoint {method} {path}." });
                    break;
            }
        }
        catch (JsonException e) when (e.Path == "$.kind")
        {
            var kinds = string.Join(", ", Enum.GetNames<FaultKind>().Select(JsonNamingPolicy.CamelCase.ConvertName));
            await SendAsync(context, 400, new { error = $"Unknown fault kind; use one of {kinds}." });
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            await SendAsync(context, 400, new { error = e.Message });
        }
    }

    private async Task ExpireFilesAsync(HttpContext context, ExpireFilesRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.TaskId)) throw new ArgumentException("taskId is required.");
        if (!state.ExpireFiles(request.TaskId, request.Code))
        {
            await SendAsync(context, 404, new { error = "Task not found" });
            return;
        }

        await SendAsync(context, 200, new { taskId = request.TaskId, fileGeneration = state.Tasks.Find(request.TaskId)!.FileGeneration });
    }

    private static async Task<T> ReadAsync<T>(HttpContext context) where T : class =>
        await JsonSerializer.DeserializeAsync<T>(context.Request.Body, ControlJson.Options, context.RequestAborted)
        ?? throw new ArgumentException("A JSON object body is required.");

    private static Task SendAsync<T>(HttpContext context, int status, T value) =>
        BodySender.SendAsync(context, status, "application/json", new MemoryBody(JsonSerializer.SerializeToUtf8Bytes(value, ControlJson.Options)));
}
