using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Music;

/// <summary>Turns a draft into a task: outcome, stage times, titles and track lengths.</summary>
internal sealed class MusicTaskFactory(EmulatorOptions options, EmulatedClock clock)
{
    /// <param name="draft">The request fields.</param>
    /// <param name="timeline">Explicit stage times; null uses the configured ones with their spread (10× for [slow]).</param>
    /// <param name="forcedStatus">A status the task takes at once and keeps, overriding magic words.</param>
    /// <param name="trackSeconds">Track length unless the prompt says [duration:N].</param>
    public MusicTask Create(TaskDraft draft, TaskTimeline? timeline = null, MusicStatus? forcedStatus = null, double? trackSeconds = null)
    {
        var magic = MagicWords.Find(draft.Prompt, draft.Style, draft.Title);
        var outcome = forcedStatus is { } forced ? OutcomeOf(forced) : magic.Outcome;
        var taskId = Guid.NewGuid().ToString("N");
        var stages = forcedStatus is { } frozen ? TaskTimeline.FrozenAt(frozen)
            : timeline ?? TaskTimeline.FromOptions(options, taskId, magic.Slow ? MagicWords.SlowFactor : 1);

        var now = clock.Now;
        // The task is stamped with the real time it was created, whatever the clock speed (a sped-up clock must not
        // date tasks hours ahead). Tracks are stamped when their text exists, at this speed; both share one time.
        var createdMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var textAfterMs = double.IsFinite(stages.TextAt) ? stages.TextAt * 1000 / clock.Speed : 0;
        var trackCreateMs = createdMs + (long)Math.Round(textAfterMs);

        var title = draft.CustomMode && !string.IsNullOrWhiteSpace(draft.Title) ? draft.Title! : TextInventor.Title(draft.Prompt);
        var tags = draft.CustomMode && !string.IsNullOrWhiteSpace(draft.Style) ? draft.Style! : TextInventor.Tags(draft.Prompt);
        var lyrics = draft.Lyrics
            ?? (draft.Instrumental ? "[Instrumental]"
            : draft.CustomMode ? draft.Prompt ?? ""
            : TextInventor.Lyrics(draft.Prompt, title));

        var ids = (Guid.NewGuid(), Guid.NewGuid());
        var frames = TrackLengths.ForPair(ids.Item1, ids.Item2, magic.DurationSeconds ?? draft.TrackSeconds ?? trackSeconds ?? options.DefaultTrackSeconds);
        if (draft.ContinueAtSeconds is { } continueAt)
        {
            // An extension keeps the source up to continueAt and adds the new part after it.
            var kept = TrackLengths.FramesFor(continueAt);
            frames = (kept + frames.First, kept + frames.Second);
        }

        Track[] tracks =
        [
            new Track(ids.Item1, title, tags, lyrics, frames.First, trackCreateMs),
            new Track(ids.Item2, title, tags, lyrics, frames.Second, trackCreateMs),
        ];

        return new MusicTask(taskId, draft, ModelCatalog.ChirpNameOf(draft.Model),
            now, createdMs, stages, outcome, tracks);
    }

    private static TaskOutcome OutcomeOf(MusicStatus status) => status switch
    {
        MusicStatus.GenerateAudioFailed => TaskOutcome.AudioFailed,
        MusicStatus.SensitiveWordError => TaskOutcome.SensitiveWord,
        MusicStatus.CreateTaskFailed => TaskOutcome.CreateFailed,
        MusicStatus.CallbackException => TaskOutcome.CallbackException,
        _ => TaskOutcome.Success,
    };
}
