namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Emulated seconds after creation at which a task reaches each stage. Infinity freezes a task
/// before that stage (seeded tasks use this to stay in TEXT_SUCCESS or FIRST_SUCCESS for good).
/// </summary>
internal readonly record struct TaskTimeline(double TextAt, double FirstAt, double CompleteAt)
{
    public static readonly TaskTimeline Immediate = new(0, 0, 0);

    public static TaskTimeline FromOptions(EmulatorOptions options, double factor = 1) =>
        Ordered(options.TextStageSeconds * factor, options.FirstStageSeconds * factor, options.CompleteStageSeconds * factor);

    /// <summary>
    /// The configured stage times plus each stage's spread, scaled by a fraction drawn from <paramref name="taskId"/>
    /// (one per stage), so tasks submitted together finish at different times, and the same task always at the same.
    /// </summary>
    public static TaskTimeline FromOptions(EmulatorOptions options, string taskId, double factor = 1)
    {
        var draws = StageDraws.Of(taskId);
        return Ordered(
            (options.TextStageSeconds + draws.Text * options.TextStageSpreadSeconds) * factor,
            (options.FirstStageSeconds + draws.First * options.FirstStageSpreadSeconds) * factor,
            (options.CompleteStageSeconds + draws.Complete * options.CompleteStageSpreadSeconds) * factor);
    }

    /// <summary>Completes at <paramref name="completeAt"/>, with the earlier stages at the configured proportions.</summary>
    public static TaskTimeline FinishingAt(EmulatorOptions options, double completeAt)
    {
        if (options.CompleteStageSeconds <= 0) return new TaskTimeline(completeAt, completeAt, completeAt);
        var scale = completeAt / options.CompleteStageSeconds;
        return Ordered(options.TextStageSeconds * scale, options.FirstStageSeconds * scale, completeAt);
    }

    /// <summary>A task that reaches <paramref name="status"/> at once and stays there.</summary>
    public static TaskTimeline FrozenAt(MusicStatus status) => status switch
    {
        MusicStatus.Pending => new(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity),
        MusicStatus.TextSuccess => new(0, double.PositiveInfinity, double.PositiveInfinity),
        MusicStatus.FirstSuccess => new(0, 0, double.PositiveInfinity),
        _ => Immediate,
    };

    private static TaskTimeline Ordered(double text, double first, double complete)
    {
        text = Math.Max(0, text);
        first = Math.Max(text, first);
        return new TaskTimeline(text, first, Math.Max(first, complete));
    }
}
