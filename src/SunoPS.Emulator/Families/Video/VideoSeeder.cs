using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Video;

/// <summary>Seeds video tasks: for each, a finished source music task, then a video of its first track.</summary>
internal static class VideoSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        VideoStatus? status = null;
        if (request.Status is not null)
        {
            if (!VideoStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", VideoStatusNames.All)} for family video.");
            status = parsed;
        }

        var music = state.Family<MusicFamily>().Factory;
        var draft = MusicSeeder.Draft(request);
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var source = music.Create(draft, forcedStatus: MusicStatus.Success, trackSeconds: request.TrackSeconds);
            state.Tasks.Add(source);
            var task = VideoTask.Create(state.Clock, source, 0, TaskSeeder.CallbackUrl, forcedStatus: status, doneAfter: TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
