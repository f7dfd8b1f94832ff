using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// Cover art for a music task (suno-api.md §4.22): an integer <c>successFlag</c> whose 2 means generating (MIDI's 2
    /// is a failure), the music task as <c>parentTaskId</c>, the pictures in <c>response.images[]</c>, and
    /// <c>errorCode</c> 200 on success (read as no error). Its endpoints read 402 as credits and 429 as rate limiting.
    /// </summary>
    internal static class CoverArtFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.CoverArt, "api/v1/suno/cover/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["0"] = StatusMeaning.Pending(),
                ["1"] = StatusMeaning.Succeeded(),
                ["2"] = StatusMeaning.Running("GENERATING"),
                ["3"] = StatusMeaning.Failed("GENERATE_COVER_FAILED"),
            })
        {
            // Cover art's own code table: 402 is credits, 429 is rate limiting (suno-api.md §7.1).
            CodeOverrides = Http.ApiCodeMap.CreditsAs402RateLimitAs429,
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            task.SourceTaskId = JsonValues.NullIfEmpty(JsonValues.String(record, "parentTaskId"));
            if (task.ErrorCode == 200) task.ErrorCode = null; // its way of saying "no error"

            if (!JsonValues.TryGet(record, "response", out var response) ||
                !JsonValues.TryGet(response, "images", out var images) ||
                images.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var outputs = new List<SunoTaskOutput>();
            foreach (var image in images.EnumerateArray())
            {
                if (image.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(image.GetString())) continue;
                outputs.Add(new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Image,
                    Url = image.GetString(),
                    Id = task.TaskId,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.CoverArt,
                    Index = outputs.Count + 1,
                    IsPrimary = true, // the pictures are what the task is for
                });
            }

            task.Outputs = new SunoTaskOutputCollection(outputs);
        }
    }
}
