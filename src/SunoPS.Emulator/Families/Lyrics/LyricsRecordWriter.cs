using System.Text.Json;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>
/// Writes a lyrics record as the spec shows it (suno-api.md §4.15): <c>param</c> as a JSON string, <c>response</c>
/// null while PENDING, then <c>{taskId, data[]}</c> with each variant's lowercase <c>status</c> (complete | failed);
/// <c>type</c> "LYRICS"; errorCode and errorMessage null unless the task failed.
/// </summary>
internal static class LyricsRecordWriter
{
    public static void Write(Utf8JsonWriter w, LyricsTask task, double now)
    {
        var status = task.StatusAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("param", task.ParamJson);
        w.WritePropertyName("response");
        if (status == LyricsStatus.Pending)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteStartArray("data");
            if (status.HasText())
            {
                foreach (var variant in task.Variants) WriteVariant(w, variant);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteString("status", status.ToApiName());
        w.WriteString("type", "LYRICS");
        var (errorCode, errorMessage) = status.ErrorOf();
        if (errorCode is { } code) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");
        w.WriteEndObject();
    }

    /// <summary>One variant, as the record and the callback both show it.</summary>
    public static void WriteVariant(Utf8JsonWriter w, LyricsVariant variant)
    {
        w.WriteStartObject();
        w.WriteString("text", variant.Failed ? "" : variant.Text);
        w.WriteString("title", variant.Title);
        w.WriteString("status", variant.Failed ? "failed" : "complete");
        w.WriteString("errorMessage", variant.Failed ? "Lyrics generation failed" : "");
        w.WriteEndObject();
    }
}
