using SunoPS.Emulator.Control;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Families.Separation;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>Seeds MIDI tasks: each with a finished music task and a finished split_stem separation of it, then MIDI of all its stems.</summary>
internal static class MidiSeeder
{
    public static IReadOnlyList<string> Seed(EmulatorState state, MusicTaskFactory music, SeparationTaskFactory separations,
        MidiTaskFactory factory, SeedTasksRequest request)
    {
        MidiStatus? status = null;
        if (request.Status is not null)
        {
            if (!MidiStatusNames.TryParse(request.Status, out var parsed))
                throw new ArgumentException($"status must be one of {string.Join(", ", MidiStatusNames.All)} for family midi.");
            status = parsed;
        }

        var sources = SeparationSeeder.SeedTasks(state, music, separations, request, SeparationStatus.Success, useFinishTimes: false);
        var ids = new string[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var task = factory.Create(sources[i], null, TaskSeeder.CallbackUrl, status, TaskSeeder.FinishTimeOf(request, i));
            state.Tasks.Add(task);
            ids[i] = task.TaskId;
        }

        return ids;
    }
}
