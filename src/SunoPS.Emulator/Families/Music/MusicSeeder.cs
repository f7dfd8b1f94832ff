using SunoPS.Emulator.Api;
using SunoPS.Emulator.Control;

namespace SunoPS.Emulator.Families.Music;

/// <summary>Seeds music tasks: a non-custom draft from the request, one task per count, each with its finish time.</summary>
internal static class MusicSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, MusicTaskFactory factory, SeedTasksRequest request)
    {
        MusicStatus? status = null;
        if (request.Status is not null)
        {
            if (!MusicStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", MusicStatusNames.All)}.");
            status = parsed;
        }

        var draft = Draft(request);
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var timeline = TaskSeeder.FinishTimeOf(request, i) is { } finish ? TaskTimeline.FinishingAt(state.Options, finish) : (TaskTimeline?)null;
            var task = factory.Create(draft, timeline, status, request.TrackSeconds);
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }

    /// <summary>The one draft all seeded tasks of a request share (magic words in the prompt work).</summary>
    public static TaskDraft Draft(SeedTasksRequest request)
    {
        var model = request.Model ?? "V5";
        var prompt = string.IsNullOrWhiteSpace(request.Prompt) ? TaskSeeder.DefaultPrompt : request.Prompt;
        return new TaskDraft(
            ParamJson.Write(
                ("callBackUrl", TaskSeeder.CallbackUrl),
                ("customMode", false),
                ("instrumental", request.Instrumental),
                ("model", model),
                ("prompt", prompt)),
            model, CustomMode: false, request.Instrumental, prompt, Style: null, Title: null)
        {
            OperationType = request.OperationType ?? OperationTypes.Generate,
        };
    }
}
