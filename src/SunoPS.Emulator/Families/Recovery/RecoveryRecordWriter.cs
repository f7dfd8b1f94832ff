using System.Text.Json;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// Writes recovery's details as documented (suno-api.md §4.17, §6.9): top-level <c>code</c>, <c>msg</c>, <c>task_id</c>,
/// <c>data</c> null while running, then per original track <c>id</c>, <c>audio_url</c>, <c>title</c>, <c>status</c>
/// (success | failed) and <c>error</c> ("" on success).
/// </summary>
internal static class RecoveryRecordWriter
{
    public static void Write(Utf8JsonWriter w, RecoveryTask task, double now, FileUrls urls)
    {
        var status = task.StatusAt(now);
        w.WriteStartObject();
        w.WriteNumber("code", (int)status);
        w.WriteString("msg", status.MessageOf());
        w.WriteString("task_id", task.TaskId);
        w.WritePropertyName("data");
        if (status == RecoveryStatus.Running)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartArray();
            for (var i = 0; i < task.Source.Tracks.Count; i++)
            {
                var track = task.Source.Tracks[i];
                var failed = task.TrackFails[i];
                w.WriteStartObject();
                w.WriteString("id", track.IdText);
                w.WriteString("audio_url", failed ? "" : RecoveryFiles.UrlOf(urls, task, i, task.FileGeneration));
                w.WriteString("title", track.Title);
                w.WriteString("status", failed ? "failed" : "success");
                w.WriteString("error", failed ? RecoveryTask.TrackError : "");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
