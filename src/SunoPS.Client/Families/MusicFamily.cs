using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// Generate, extend, covers, add-vocals/instrumental, mashup, sounds, replace-section: one record-info with a
    /// string <c>status</c> that passes through text and first-track stages, and two tracks in <c>response.sunoData</c>.
    /// </summary>
    internal static class MusicFamily
    {
        public const int TextStage = 1;
        public const int FirstStage = 2;

        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Music, "api/v1/generate/record-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["TEXT_SUCCESS"] = StatusMeaning.Running("TEXT_SUCCESS", TextStage),
                ["FIRST_SUCCESS"] = StatusMeaning.Running("FIRST_SUCCESS", FirstStage),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_AUDIO_FAILED"] = StatusMeaning.Failed("GENERATE_AUDIO_FAILED"),
                // The audio was made and only the callback failed: a failure in status, but the tracks are kept.
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
                ["SENSITIVE_WORD_ERROR"] = StatusMeaning.Failed("SENSITIVE_WORD_ERROR"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            task.OperationType = JsonValues.String(record, "operationType");
            task.Type = JsonValues.String(record, "type");
            task.ParentMusicId = JsonValues.NullIfEmpty(JsonValues.String(record, "parentMusicId"));
            RecordParameters.Read(task, record);
            task.Tracks = ReadTracks(record, task.TaskId);
            task.Outputs = OutputsOf(task.Tracks);
            if (task.ErrorMessage == null && JsonValues.TryGet(record, "response", out var response))
            {
                // Failure examples repeat the message inside response.
                task.ErrorMessage = JsonValues.NullIfEmpty(JsonValues.String(response, "errorMessage"));
            }
        }

        private static SunoTrackCollection ReadTracks(JsonElement record, string taskId)
        {
            if (!JsonValues.TryGet(record, "response", out var response) ||
                !JsonValues.TryGet(response, "sunoData", out var items) ||
                items.ValueKind != JsonValueKind.Array)
            {
                return SunoTrackCollection.Empty;
            }

            var tracks = new List<SunoTrack>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                tracks.Add(new SunoTrack
                {
                    Index = tracks.Count + 1,
                    Id = JsonValues.String(item, "id") ?? "",
                    TaskId = taskId,
                    Title = JsonValues.String(item, "title"),
                    Tags = JsonValues.String(item, "tags"),
                    Lyrics = JsonValues.String(item, "prompt"),
                    ModelName = JsonValues.String(item, "modelName"),
                    Duration = JsonValues.Number(item, "duration"),
                    AudioUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "audioUrl")),
                    StreamAudioUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "streamAudioUrl")),
                    ImageUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "imageUrl")),
                    SourceAudioUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "sourceAudioUrl")),
                    SourceStreamAudioUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "sourceStreamAudioUrl")),
                    SourceImageUrl = JsonValues.NullIfEmpty(JsonValues.String(item, "sourceImageUrl")),
                    CreatedAt = JsonValues.Time(item, "createTime"),
                });
            }

            return new SunoTrackCollection(tracks);
        }

        /// <summary>Each track gives its song (saved), its stream and its cover (side files).</summary>
        internal static SunoTaskOutputCollection OutputsOf(IReadOnlyList<SunoTrack> tracks)
        {
            var outputs = new List<SunoTaskOutput>();
            for (var i = 0; i < tracks.Count; i++)
            {
                var track = tracks[i];
                outputs.Add(track.ToOutput());
                outputs.Add(Output(track, i, SunoOutputKind.Stream, track.StreamAudioUrl, primary: false));
                outputs.Add(Output(track, i, SunoOutputKind.Image, track.ImageUrl, primary: false));
            }

            return new SunoTaskOutputCollection(outputs);
        }

        private static SunoTaskOutput Output(SunoTrack track, int index, SunoOutputKind kind, string? url, bool primary) => new SunoTaskOutput
        {
            Kind = kind,
            Url = url,
            Id = track.Id,
            TaskId = track.TaskId,
            Family = SunoTaskFamily.Music,
            Title = track.Title,
            Duration = kind == SunoOutputKind.Image ? null : track.Duration,
            Index = index + 1,
            IsPrimary = primary,
            Track = track,
        };
    }
}
