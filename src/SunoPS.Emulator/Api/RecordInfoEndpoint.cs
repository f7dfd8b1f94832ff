using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Api;

/// <summary>
/// GET …/record-info?taskId=…, the same for every family: the read limit, a missing id (code 400), an id not
/// of this family's kind (code 404 "Task not found"), then the family's record at the current emulated time.
/// </summary>
/// <param name="state">The emulator.</param>
/// <param name="writeRecord">Writes <c>data</c> for a task at an emulated time.</param>
/// <param name="queryName">The query parameter (recovery's real endpoint uses <c>task_id</c>).</param>
internal sealed class RecordInfoEndpoint<TTask>(EmulatorState state, Action<Utf8JsonWriter, TTask, double> writeRecord, string queryName = "taskId")
    where TTask : class, IEmulatedTask
{
    public ApiRoute RouteAt(string path) => new(HttpMethods.Get, path, HandleAsync);

    public Task HandleAsync(HttpContext context)
    {
        if (!ReadLimit.TryAdmit(state)) return ReadLimit.RefuseAsync(context, state);

        var taskId = context.Request.Query[queryName].ToString().Trim();
        if (taskId.Length == 0) return ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, $"{queryName} is required.");

        var task = state.Tasks.Find<TTask>(taskId);
        if (task is null) return ApiResponses.ErrorAsync(context, state, ApiCodes.NotFound, "Task not found");

        var now = state.Clock.Now; // one instant for the whole record
        return ApiResponses.SuccessAsync(context, w => writeRecord(w, task, now));
    }
}
