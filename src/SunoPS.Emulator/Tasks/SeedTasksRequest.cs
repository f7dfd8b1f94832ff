namespace SunoPS.Emulator;

/// <summary>
/// Tasks created directly, without credits or rate limits (POST /_emulator/tasks or
/// <see cref="EmulatorState.SeedTasks(SeedTasksRequest)"/>). Finish times are emulated seconds from now:
/// explicit per task, spread evenly, or none when <see cref="Status"/> puts the tasks in a state at once.
/// </summary>
public sealed class SeedTasksRequest
{
    /// <summary>
    /// The task family: "music" (the default when null) or "wav". WAV tasks each come with a finished source
    /// music task, made from <see cref="Prompt"/>, <see cref="Model"/>, <see cref="Instrumental"/> and <see cref="TrackSeconds"/>.
    /// Also "separation" (each with a finished source music task; a split_stem separation), "midi" (each with a finished
    /// split_stem separation), "voicevalidation" and "voice" (each with a validation whose phrase is ready).
    /// </summary>
    public string? Family { get; set; }

    public int Count { get; set; } = 1;

    /// <summary>Description prompt (non-custom mode); magic words work here.</summary>
    public string? Prompt { get; set; }

    public string? Model { get; set; }

    public bool Instrumental { get; set; }

    /// <summary>Completion time of each task (one per task). For WAV tasks: when the WAV is done.</summary>
    public double[]? FinishAfterSeconds { get; set; }

    /// <summary>Completion times spread evenly: task i of N finishes at S × (i + 1) / N.</summary>
    public double? FinishSpreadSeconds { get; set; }

    /// <summary>Length of every track; null uses the emulator's default.</summary>
    public double? TrackSeconds { get; set; }

    /// <summary>
    /// A record status the tasks take at once and keep (e.g. SUCCESS, FIRST_SUCCESS, GENERATE_AUDIO_FAILED);
    /// for WAV tasks a successFlag (PENDING, SUCCESS, CREATE_TASK_FAILED, GENERATE_WAV_FAILED, CALLBACK_EXCEPTION).
    /// </summary>
    public string? Status { get; set; }

    /// <summary>
    /// Music tasks only: the record's <c>operationType</c> (generate, extend, upload_cover, upload_extend,
    /// add_instrumental, add_vocals, mashup, sounds, replace_section); null is generate.
    /// </summary>
    public string? OperationType { get; set; }
}
