using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Control;

/// <summary>Body of POST /_emulator/timeline: the music tasks whose stage times to report.</summary>
internal sealed class TimelineRequest
{
    public string[]? TaskIds { get; set; }
}

/// <summary>
/// When a music task reaches each stage, in emulated seconds on the emulator's clock (the same clock as
/// <c>emulatedSeconds</c> of /_emulator/clock). Benchmarks measure how long after its finish a task came out;
/// with stage spreads only the emulator knows when that was. Null for an unknown id or a task of another family,
/// and for a stage the task never reaches.
/// </summary>
public sealed record TaskTimes(string TaskId, double? TextAt, double? FirstAt, double? CompleteAt)
{
    internal static TaskTimes Of(EmulatorState state, string taskId)
    {
        if (state.Tasks.Find<MusicTask>(taskId) is not { } task) return new TaskTimes(taskId, null, null, null);
        double? At(double after) => double.IsFinite(after) ? task.CreatedAt + after : null;
        return new TaskTimes(taskId, At(task.Timeline.TextAt), At(task.Timeline.FirstAt), At(task.Timeline.CompleteAt));
    }
}
