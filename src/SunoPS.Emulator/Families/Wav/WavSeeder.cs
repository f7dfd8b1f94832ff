using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// Seeds WAV tasks: for each, a finished (SUCCESS) source music task from the request's prompt, model and
/// track length, then a WAV of its first track. Magic words in the prompt steer the WAV, never the source.
/// </summary>
internal static class WavSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, MusicTaskFactory music, WavTaskFactory factory, SeedTasksRequest request)
    {
        WavStatus? status = null;
        if (request.Status is not null)
        {
            if (!WavStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", WavStatusNames.All)} for family wav.");
            status = parsed;
        }

        var draft = MusicSeeder.Draft(request);
        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var source = music.Create(draft, forcedStatus: MusicStatus.Success, trackSeconds: request.TrackSeconds);
            state.Tasks.Add(source);
            var task = factory.Create(source, 0, TaskSeeder.CallbackUrl, status, TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
