using System.Text.Json;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The music callbacks (suno-api.md §6.1): <c>text</c>, <c>first</c> and <c>complete</c> on the way to SUCCESS, or
/// <c>error</c> when the task fails, at the emulated times its record reaches those statuses. Bodies are snake_case
/// (<c>task_id</c>, <c>audio_url</c>…) with camelCase <c>createTime</c>; text carries no tracks, first the ones playable so far.
/// </summary>
internal static class MusicCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(MusicTask task)
    {
        var t = task.Timeline;
        var start = task.CreatedAt;
        return task.Outcome switch
        {
            TaskOutcome.SensitiveWord or TaskOutcome.CreateFailed => [new(CallbackStage.Error, start)],
            TaskOutcome.AudioFailed => [new(CallbackStage.Text, start + t.TextAt), new(CallbackStage.Error, start + t.FirstAt)],
            _ =>
            [
                new(CallbackStage.Text, start + t.TextAt),
                new(CallbackStage.First, start + t.FirstAt),
                new(CallbackStage.Complete, start + t.CompleteAt),
            ],
        };
    }

    public static byte[] Render(MusicTask task, CallbackStage stage, FileUrls urls)
    {
        var status = stage.Name switch
        {
            CallbackStage.Text => MusicStatus.TextSuccess,
            CallbackStage.First => MusicStatus.FirstSuccess,
            CallbackStage.Complete => MusicStatus.Success,
            // The error stage carries the task's end state; read at the stage's own time, start + FirstAt − start can
            // round to just under FirstAt and answer TEXT_SUCCESS (no error code).
            _ => task.StatusAt(double.PositiveInfinity),
        };

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            if (stage.Name == CallbackStage.Error)
            {
                var (code, message) = MusicRecordWriter.ErrorOf(status);
                w.WriteNumber("code", code ?? 500);
                w.WriteString("msg", message ?? "Music generation failed");
            }
            else
            {
                w.WriteNumber("code", 200);
                w.WriteString("msg", stage.Name switch
                {
                    CallbackStage.Text => "Text generation completed.",
                    CallbackStage.First => "First track generated successfully.",
                    _ => "All generated successfully.",
                });
            }

            w.WriteStartObject("data");
            w.WriteString("callbackType", stage.Name);
            w.WriteString("task_id", task.TaskId);
            if (stage.Name == CallbackStage.Error)
            {
                w.WriteNull("data");
            }
            else
            {
                w.WriteStartArray("data");
                if (stage.Name != CallbackStage.Text)
                {
                    for (var i = 0; i < task.Tracks.Count; i++) WriteTrack(w, task, i, status, urls);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteTrack(Utf8JsonWriter w, MusicTask task, int index, MusicStatus status, FileUrls urls)
    {
        var track = task.Tracks[index];
        var generation = task.FileGeneration;
        w.WriteStartObject();
        w.WriteString("id", track.IdText);
        WriteUrl("audio_url", TrackFile.Audio);
        WriteUrl("source_audio_url", TrackFile.SourceAudio);
        WriteUrl("stream_audio_url", TrackFile.Stream);
        WriteUrl("source_stream_audio_url", TrackFile.SourceStream);
        WriteUrl("image_url", TrackFile.Image);
        WriteUrl("source_image_url", TrackFile.SourceImage);
        w.WriteString("prompt", track.Lyrics);
        w.WriteString("model_name", task.ChirpName);
        w.WriteString("title", track.Title);
        w.WriteString("tags", track.Tags);
        w.WriteNumber("createTime", track.CreateTimeMs);
        if (status.IsComplete()) w.WriteNumber("duration", track.DurationSeconds); else w.WriteNull("duration");
        w.WriteEndObject();

        void WriteUrl(string name, TrackFile file) =>
            w.WriteString(name, TrackPublication.IsPublished(status, index, file) ? MusicFileUrls.For(urls, track, file, generation) : "");
    }
}
