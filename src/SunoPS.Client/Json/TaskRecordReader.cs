using System;
using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Json
{
    /// <summary>
    /// Turns a music record-info <c>data</c> object into a <see cref="SunoTask"/>, exactly as the API really
    /// answers: <c>param</c> is a JSON string, <c>response</c> is null while pending, times are epoch-ms or
    /// strings, and fields it does not know are ignored.
    /// </summary>
    internal static class TaskRecordReader
    {
        public static SunoTask ParseData(string dataJson)
        {
            try
            {
                using (var doc = JsonDocument.Parse(dataJson))
                {
                    return Read(doc.RootElement, null);
                }
            }
            catch (JsonException e)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse, "The task record is not valid JSON: " + e.Message, e);
            }
        }

        public static SunoTask Read(JsonElement data, string? requestedTaskId)
        {
            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse,
                    "The API answered without a task record (data is " + data.ValueKind + ").")
                { Target = requestedTaskId };
            }

            var taskId = JsonValues.String(data, "taskId") ?? requestedTaskId ?? "";
            var task = new SunoTask
            {
                TaskId = taskId,
                Status = JsonValues.String(data, "status") ?? SunoTaskStatus.Pending,
                OperationType = JsonValues.String(data, "operationType"),
                Type = JsonValues.String(data, "type"),
                ParentMusicId = NullIfEmpty(JsonValues.String(data, "parentMusicId")),
                ErrorCode = JsonValues.Integer(data, "errorCode"),
                ErrorMessage = NullIfEmpty(JsonValues.String(data, "errorMessage")),
                CreatedAt = JsonValues.Time(data, "createTime"),
                RetrievedAt = DateTimeOffset.UtcNow,
            };

            ReadParameters(task, ParamText(data));
            task.Tracks = ReadTracks(data, taskId);
            if (task.ErrorMessage == null && JsonValues.TryGet(data, "response", out var response))
            {
                // Failure examples repeat the message inside response.
                task.ErrorMessage = NullIfEmpty(JsonValues.String(response, "errorMessage"));
            }

            return task;
        }

        /// <summary>The API sends param as a JSON string; a gateway that decoded it into an object is read the same way.</summary>
        private static string? ParamText(JsonElement data) =>
            JsonValues.TryGet(data, "param", out var param) && param.ValueKind == JsonValueKind.Object
                ? param.GetRawText()
                : JsonValues.String(data, "param");

        private static void ReadParameters(SunoTask task, string? paramJson)
        {
            if (string.IsNullOrWhiteSpace(paramJson)) return;

            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            try
            {
                using (var doc = JsonDocument.Parse(paramJson!))
                {
                    if (doc.RootElement.ValueKind != JsonValueKind.Object) return;
                    foreach (var p in doc.RootElement.EnumerateObject())
                    {
                        values[p.Name] = JsonValues.Plain(p.Value);
                    }

                    var root = doc.RootElement;
                    task.Prompt = JsonValues.String(root, "prompt");
                    task.Style = JsonValues.String(root, "style");
                    task.Title = JsonValues.String(root, "title");
                    task.Model = JsonValues.String(root, "model");
                    task.CustomMode = JsonValues.Boolean(root, "customMode");
                    task.Instrumental = JsonValues.Boolean(root, "instrumental");
                }
            }
            catch (JsonException)
            {
                // A param that is not JSON is kept as text; the record itself is still useful.
            }

            // The callback URL is the user's endpoint, possibly with a token in it: keep it, it is theirs.
            task.Parameters = new SunoTaskParameters(values, paramJson!);
        }

        private static SunoTrackCollection ReadTracks(JsonElement data, string taskId)
        {
            if (!JsonValues.TryGet(data, "response", out var response) ||
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
                    Id = JsonValues.String(item, "id") ?? "",
                    TaskId = taskId,
                    Title = JsonValues.String(item, "title"),
                    Tags = JsonValues.String(item, "tags"),
                    Lyrics = JsonValues.String(item, "prompt"),
                    ModelName = JsonValues.String(item, "modelName"),
                    Duration = JsonValues.Number(item, "duration"),
                    AudioUrl = NullIfEmpty(JsonValues.String(item, "audioUrl")),
                    StreamAudioUrl = NullIfEmpty(JsonValues.String(item, "streamAudioUrl")),
                    ImageUrl = NullIfEmpty(JsonValues.String(item, "imageUrl")),
                    SourceAudioUrl = NullIfEmpty(JsonValues.String(item, "sourceAudioUrl")),
                    SourceStreamAudioUrl = NullIfEmpty(JsonValues.String(item, "sourceStreamAudioUrl")),
                    SourceImageUrl = NullIfEmpty(JsonValues.String(item, "sourceImageUrl")),
                    CreatedAt = JsonValues.Time(item, "createTime"),
                });
            }

            return new SunoTrackCollection(tracks);
        }

        private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
    }
}
