using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// GET /api/v1/suno/recovery/record-info?task_id=…: not the usual envelope. The answer's top-level <c>code</c> is the
/// task's status (201 running, 200 done, 500 all failed), beside <c>msg</c>, <c>task_id</c> and <c>data</c> (null while
/// 201, then one item per track). Errors (missing id 400, unknown id 404, the read limit) are the usual envelope.
/// </summary>
internal sealed class RecoveryRecordEndpoint(EmulatorState state)
{
    public const string QueryName = "task_id";

    public ApiRoute RouteAt(string path) => new(HttpMethods.Get, path, HandleAsync);

    public Task HandleAsync(HttpContext context)
    {
        if (!ReadLimit.TryAdmit(state)) return ReadLimit.RefuseAsync(context, state);

        var taskId = context.Request.Query[QueryName].ToString().Trim();
        if (taskId.Length == 0) return ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, $"{QueryName} is required.");

        var task = state.Tasks.Find<RecoveryTask>(taskId);
        if (task is null) return ApiResponses.ErrorAsync(context, state, ApiCodes.NotFound, "Task not found");

        var now = state.Clock.Now;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, ApiResponses.WriterOptions))
        {
            RecoveryRecordWriter.Write(w, task, now, state.FileUrls);
        }

        // The status rides in the body's code; the HTTP status stays 200 (the API's own way, whatever the error setting).
        return BodySender.SendAsync(context, StatusCodes.Status200OK, ApiResponses.JsonContentType, new MemoryBody(buffer.WrittenMemory));
    }
}
