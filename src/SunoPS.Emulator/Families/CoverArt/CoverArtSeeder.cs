using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>Seeds cover-art tasks, each for a finished source music task; a status is a successFlag ("0"…"3").</summary>
internal static class CoverArtSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        CoverArtStatus? status = null;
        if (request.Status is not null)
        {
            if (!CoverArtStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", CoverArtStatusNames.All)} for family coverart.");
            status = parsed;
        }

        var music = state.Family<MusicFamily>().Factory;
        var draft = MusicSeeder.Draft(request);
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var source = music.Create(draft, forcedStatus: MusicStatus.Success, trackSeconds: request.TrackSeconds);
            state.Tasks.Add(source);
            var task = CoverArtTask.Create(state.Clock, source, TaskSeeder.CallbackUrl, status, TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
