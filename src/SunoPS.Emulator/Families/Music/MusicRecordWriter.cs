using System.Text.Json;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Writes a music record as the real record-info returns it (suno-api.md §9.1/§9.2): <c>param</c> as a
/// JSON string, <c>response: null</c> while PENDING, epoch-ms times, and one undocumented field
/// (<c>emulator</c>) that clients must ignore.
/// </summary>
internal static class MusicRecordWriter
{
    public static void Write(Utf8JsonWriter w, MusicTask task, MusicStatus status, FileUrls urls)
    {
        var generation = task.FileGeneration;
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("parentMusicId", task.Draft.ParentMusicId);
        w.WriteString("param", task.ParamJson);

        w.WritePropertyName("response");
        if (status == MusicStatus.Pending)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteString("taskId", task.TaskId);
            w.WriteStartArray("sunoData");
            if (status.HasTracks())
            {
                for (var i = 0; i < task.Tracks.Count; i++) WriteTrack(w, task, i, status, urls, generation);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteString("status", status.ToApiName());
        w.WriteString("type", task.ChirpName);
        w.WriteString("operationType", task.Draft.OperationType);
        var (errorCode, errorMessage) = ErrorOf(status);
        if (errorCode is { } code) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");
        w.WriteNumber("createTime", task.CreateTimeMs);

        w.WriteStartObject("emulator");
        w.WriteNumber("fileGeneration", generation);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTrack(Utf8JsonWriter w, MusicTask task, int index, MusicStatus status, FileUrls urls, int generation)
    {
        var track = task.Tracks[index];
        w.WriteStartObject();
        w.WriteString("id", track.IdText);
        WriteUrl("audioUrl", TrackFile.Audio);
        WriteUrl("sourceAudioUrl", TrackFile.SourceAudio);
        WriteUrl("streamAudioUrl", TrackFile.Stream);
        WriteUrl("sourceStreamAudioUrl", TrackFile.SourceStream);
        WriteUrl("imageUrl", TrackFile.Image);
        WriteUrl("sourceImageUrl", TrackFile.SourceImage);
        w.WriteString("prompt", track.Lyrics);
        w.WriteString("modelName", task.ChirpName);
        w.WriteString("title", track.Title);
        w.WriteString("tags", track.Tags);
        w.WriteNumber("createTime", track.CreateTimeMs);
        if (status.IsComplete()) w.WriteNumber("duration", track.DurationSeconds); else w.WriteNull("duration");
        w.WriteEndObject();

        // A URL not yet produced is an empty string, as in the real TEXT_SUCCESS records.
        void WriteUrl(string name, TrackFile file) =>
            w.WriteString(name, TrackPublication.IsPublished(status, index, file) ? MusicFileUrls.For(urls, track, file, generation) : "");
    }

    /// <summary>The record's errorCode and errorMessage of a status (also the failure callback's code and msg).</summary>
    internal static (int? Code, string? Message) ErrorOf(MusicStatus status) => status switch
    {
        MusicStatus.GenerateAudioFailed => (501, "Audio generation failed"),
        MusicStatus.SensitiveWordError => (400, "The request contains prohibited content (sensitive words); revise it and try again."),
        MusicStatus.CreateTaskFailed => (500, "Task creation failed"),
        MusicStatus.CallbackException => (500, "Callback delivery failed"),
        _ => (null, null),
    };
}
