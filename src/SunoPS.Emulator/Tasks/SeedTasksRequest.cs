namespace SunoPS.Emulator;

/// <summary>
/// Tasks created directly, without credits or rate limits (POST /_emulator/tasks or
/// <see cref="EmulatorState.SeedTasks(SeedTasksRequest)"/>). Finish times are emulated seconds from now:
/// explicit per task, spread evenly, or none when <see cref="Status"/> puts the tasks in a state at once.
/// </summary>
public sealed class SeedTasksRequest
{
    public int Count { get; set; } = 1;

    /// <summary>Description prompt (non-custom mode); magic words work here.</summary>
    public string? Prompt { get; set; }

    public string? Model { get; set; }

    public bool Instrumental { get; set; }

    /// <summary>Completion time of each task (one per task).</summary>
    public double[]? FinishAfterSeconds { get; set; }

    /// <summary>Completion times spread evenly: task i of N finishes at S × (i + 1) / N.</summary>
    public double? FinishSpreadSeconds { get; set; }

    /// <summary>Length of every track; null uses the emulator's default.</summary>
    public double? TrackSeconds { get; set; }

    /// <summary>A record status the tasks take at once and keep (e.g. SUCCESS, FIRST_SUCCESS, GENERATE_AUDIO_FAILED).</summary>
    public string? Status { get; set; }
}
