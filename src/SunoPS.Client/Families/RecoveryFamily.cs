using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// Fresh links for the tracks of a finished music task (suno-api.md §4.17, §6.9). Its details are not the usual
    /// envelope: the answer's top-level <c>code</c> is the status (201 running, 200 at least one track recovered, 500 all
    /// failed), the id is <c>task_id</c> (also in the query), and <c>data</c> is null while running, then one item per
    /// original track: <c>id</c> (the original audio id), <c>audio_url</c> (possibly .m4a), <c>title</c>, and its own
    /// <c>status</c> (<c>success</c> | <c>failed</c>) and <c>error</c>.
    /// </summary>
    internal static class RecoveryFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Recovery, "api/v1/suno/recovery/record-info", "code",
            new Dictionary<string, StatusMeaning>
            {
                ["201"] = StatusMeaning.Running("GENERATING"),
                ["200"] = StatusMeaning.Succeeded(),
                ["500"] = StatusMeaning.Failed("RECOVERY_FAILED"),
            })
        {
            IdQueryName = "task_id",
            Envelope = RecordEnvelope.TaskStatusInCode,
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            if (!JsonValues.TryGet(record, "data", out var items) || items.ValueKind != JsonValueKind.Array) return;

            var outputs = new List<SunoTaskOutput>();
            var failures = new StringBuilder();
            var position = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                position++; // data keeps the original tracks' order
                var id = JsonValues.String(item, "id") ?? "";
                var title = JsonValues.NullIfEmpty(JsonValues.String(item, "title"));
                var url = JsonValues.NullIfEmpty(JsonValues.String(item, "audio_url"));
                var failed = string.Equals(JsonValues.String(item, "status"), "failed", System.StringComparison.OrdinalIgnoreCase);
                if (failed || url == null)
                {
                    if (failures.Length > 0) failures.Append("; ");
                    failures.Append("track ").Append(id).Append(title == null ? "" : " ('" + title + "')").Append(": ")
                        .Append(JsonValues.NullIfEmpty(JsonValues.String(item, "error")) ?? "not recovered");
                    continue;
                }

                outputs.Add(new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Audio,
                    Url = url,
                    Id = id,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.Recovery,
                    Title = title,
                    Index = position,
                    IsPrimary = true,
                });
            }

            task.Outputs = new SunoTaskOutputCollection(outputs);
            // Each track has its own outcome: the ones that were not recovered are named, also beside a partial success.
            if (task.ErrorMessage == null && failures.Length > 0) task.ErrorMessage = failures.ToString();
            if (task.State == SunoTaskState.Failed && task.ErrorCode == null) task.ErrorCode = 500;
        }
    }
}
