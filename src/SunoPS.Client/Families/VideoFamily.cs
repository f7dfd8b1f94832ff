using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// A music video of one track (suno-api.md §4.21): a string <c>successFlag</c>, the source track as
    /// <c>musicId</c>/<c>musicIndex</c> (an older shape said <c>audioId</c>), and the one file <c>response.videoUrl</c>.
    /// </summary>
    internal static class VideoFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Video, "api/v1/mp4/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_MP4_FAILED"] = StatusMeaning.Failed("GENERATE_MP4_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            task.SourceAudioId = JsonValues.NullIfEmpty(JsonValues.String(record, "musicId")) ??
                                 JsonValues.NullIfEmpty(JsonValues.String(record, "audioId"));
            var url = JsonValues.TryGet(record, "response", out var response)
                ? JsonValues.NullIfEmpty(JsonValues.String(response, "videoUrl"))
                : null;
            if (url == null) return;

            var index = JsonValues.Integer(record, "musicIndex");
            task.Outputs = new SunoTaskOutputCollection(new List<SunoTaskOutput>
            {
                new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Video,
                    Url = url,
                    Id = task.SourceAudioId ?? task.TaskId,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.Video,
                    Index = index.HasValue ? index.Value + 1 : 1, // musicIndex counts from 0
                    IsPrimary = true,
                },
            });
        }
    }
}
