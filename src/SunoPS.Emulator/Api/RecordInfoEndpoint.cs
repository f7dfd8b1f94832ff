using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>GET /api/v1/generate/record-info?taskId=…: the task's record at the current emulated time.</summary>
internal sealed class RecordInfoEndpoint(EmulatorState state)
{
    public Task HandleAsync(HttpContext context)
    {
        if (!ReadLimit.TryAdmit(state)) return ReadLimit.RefuseAsync(context, state);

        var taskId = context.Request.Query["taskId"].ToString().Trim();
        if (taskId.Length == 0) return ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, "taskId is required.");

        var task = state.Tasks.Find(taskId);
        if (task is null) return ApiResponses.ErrorAsync(context, state, ApiCodes.NotFound, "Task not found");

        var status = task.StatusAt(state.Clock.Now);
        return ApiResponses.SuccessAsync(context, w => RecordWriter.Write(w, task, status, state.FileUrls));
    }
}
