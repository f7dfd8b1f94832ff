using SunoPS.Emulator.Api;
using SunoPS.Emulator.Control;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>Seeds lyrics tasks from the request's prompt; a status (PENDING, SUCCESS, GENERATE_LYRICS_FAILED…) is taken at once.</summary>
internal static class LyricsSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        LyricsStatus? status = null;
        if (request.Status is not null)
        {
            if (!LyricsStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", LyricsStatusNames.All)} for family lyrics.");
            status = parsed;
        }

        var prompt = string.IsNullOrWhiteSpace(request.Prompt) ? TaskSeeder.DefaultPrompt : request.Prompt;
        var param = ParamJson.Write(("callBackUrl", TaskSeeder.CallbackUrl), ("prompt", prompt));
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var task = LyricsTask.Create(state.Clock, prompt, param, TaskSeeder.CallbackUrl, status, TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
