using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>Seeds recovery tasks, each for a finished source music task; a status is the details' code (201, 200, 500).</summary>
internal static class RecoverySeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        RecoveryStatus? status = null;
        if (request.Status is not null)
        {
            if (!RecoveryStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", RecoveryStatusNames.All)} for family recovery.");
            status = parsed;
        }

        var music = state.Family<MusicFamily>().Factory;
        var draft = MusicSeeder.Draft(request);
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var source = music.Create(draft, forcedStatus: MusicStatus.Success, trackSeconds: request.TrackSeconds);
            state.Tasks.Add(source);
            var task = RecoveryTask.Create(state.Clock, source, TaskSeeder.CallbackUrl, status, TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
