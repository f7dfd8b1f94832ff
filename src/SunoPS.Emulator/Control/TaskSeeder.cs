using SunoPS.Emulator.Api;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Control;

/// <summary>Creates tasks for tests and benchmarks without going through generate (no credits, no rate limit).</summary>
internal static class TaskSeeder
{
    public const int MaxCount = 100_000;
    private const string DefaultPrompt = "An emulated seed song about quiet offline afternoons";

    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, out var status);

        var model = request.Model ?? "V5";
        var prompt = string.IsNullOrWhiteSpace(request.Prompt) ? DefaultPrompt : request.Prompt;
        var draft = new TaskDraft(
            ParamJson.Write(
                ("callBackUrl", "https://callback.invalid/suno"),
                ("customMode", false),
                ("instrumental", request.Instrumental),
                ("model", model),
                ("prompt", prompt)),
            model, CustomMode: false, request.Instrumental, prompt, Style: null, Title: null);

        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            TaskTimeline? timeline = null;
            if (request.FinishAfterSeconds is { } finishes)
                timeline = TaskTimeline.FinishingAt(state.Options, finishes[i]);
            else if (request.FinishSpreadSeconds is { } spread)
                timeline = TaskTimeline.FinishingAt(state.Options, spread * (i + 1) / request.Count);

            var task = state.Factory.Create(draft, timeline, status, request.TrackSeconds);
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }

    private static void Validate(SeedTasksRequest request, out MusicStatus? status)
    {
        if (request.Count is < 1 or > MaxCount) throw new ArgumentException($"count must be between 1 and {MaxCount}.");
        if (request.Model is { } model && ModelCatalog.Find(model) is null)
            throw new ArgumentException($"model must be one of {ModelCatalog.KnownNames}.");
        if (request.FinishAfterSeconds is { } finishes)
        {
            if (finishes.Length != request.Count) throw new ArgumentException("finishAfterSeconds must have one entry per task.");
            if (finishes.Any(f => !(f >= 0) || double.IsInfinity(f))) throw new ArgumentException("finishAfterSeconds must be finite and not negative.");
        }

        if (request.FinishSpreadSeconds is { } spread && (!(spread >= 0) || double.IsInfinity(spread)))
            throw new ArgumentException("finishSpreadSeconds must be finite and not negative.");
        if (request.TrackSeconds is { } seconds && (!(seconds > 0) || double.IsInfinity(seconds)))
            throw new ArgumentException("trackSeconds must be a positive number.");

        status = null;
        if (request.Status is not null)
        {
            if (!MusicStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", MusicStatusNames.All)}.");
            status = parsed;
        }
    }
}
