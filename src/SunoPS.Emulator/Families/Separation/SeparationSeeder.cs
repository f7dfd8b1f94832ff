using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// Seeds separation tasks: for each, a finished source music task (from the request's prompt, model and track length),
/// then a split_stem separation of its first track (the kind MIDI is made from). Magic words steer the separation.
/// </summary>
internal static class SeparationSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, MusicTaskFactory music, SeparationTaskFactory factory, SeedTasksRequest request) =>
        SeedTasks(state, music, factory, request, ParseStatus(request.Status)).Select(t => t.TaskId).ToArray();

    /// <summary>The seeded tasks themselves, for families made from them (MIDI).</summary>
    public static IReadOnlyList<SeparationTask> SeedTasks(EmulatorState state, MusicTaskFactory music, SeparationTaskFactory factory,
        SeedTasksRequest request, SeparationStatus? status, bool useFinishTimes = true)
    {
        var draft = MusicSeeder.Draft(request);
        var tasks = new SeparationTask[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var source = music.Create(draft, forcedStatus: MusicStatus.Success, trackSeconds: request.TrackSeconds);
            state.Tasks.Add(source);
            var task = factory.Create(source, 0, SeparationTypes.SplitStem, null, TaskSeeder.CallbackUrl, status,
                useFinishTimes ? TaskSeeder.FinishTimeOf(request, i) : null);
            state.Tasks.Add(task);
            tasks[i] = task;
        }

        return tasks;
    }

    private static SeparationStatus? ParseStatus(string? name)
    {
        if (name is null) return null;
        if (!SeparationStatusNames.TryParse(name, out var parsed))
            throw new ArgumentException($"status must be one of {string.Join(", ", SeparationStatusNames.All)} for family separation.");
        return parsed;
    }
}
