using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// Lyrics without music (suno-api.md §4.15): a string <c>status</c>, the request echoed in <c>param</c>, and the
    /// variants in <c>response.data[]</c>, each with its own lowercase status. A variant that says <c>failed</c> is
    /// not an output; the text of the others is the output itself (there is no file to fetch).
    /// </summary>
    internal static class LyricsFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Lyrics, "api/v1/lyrics/record-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_LYRICS_FAILED"] = StatusMeaning.Failed("GENERATE_LYRICS_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
                ["SENSITIVE_WORD_ERROR"] = StatusMeaning.Failed("SENSITIVE_WORD_ERROR"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            task.Type = JsonValues.String(record, "type");
            RecordParameters.Read(task, record);
            if (!JsonValues.TryGet(record, "response", out var response) ||
                !JsonValues.TryGet(response, "data", out var items) ||
                items.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var outputs = new List<SunoTaskOutput>();
            string? itemError = null;
            var position = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                position++;
                var text = JsonValues.String(item, "text");
                if (string.Equals(JsonValues.String(item, "status"), "failed", System.StringComparison.OrdinalIgnoreCase) || text == null)
                {
                    itemError ??= JsonValues.NullIfEmpty(JsonValues.String(item, "errorMessage"));
                    continue;
                }

                outputs.Add(new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Lyrics,
                    Text = text,
                    Id = task.TaskId,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.Lyrics,
                    Title = JsonValues.NullIfEmpty(JsonValues.String(item, "title")),
                    Index = position, // the variant's place in the record, so it keeps its number when another failed
                    IsPrimary = true,
                });
            }

            task.Outputs = new SunoTaskOutputCollection(outputs);
            // The record's title is the first variant's (the request has none), so the task reads well in a table.
            if (task.Title == null && outputs.Count > 0) task.Title = outputs[0].Title;
            if (task.ErrorMessage == null && outputs.Count == 0) task.ErrorMessage = itemError;
        }
    }
}
