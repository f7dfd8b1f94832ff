using System;
using System.Text.Json;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;

namespace SunoPS.Client.Json
{
    /// <summary>
    /// Turns a record of any family into a <see cref="SunoTask"/>: the parts every family shares (id, status, error,
    /// times, the raw text) here, the rest by the family's own reader. Records are read as the API really answers:
    /// <c>taskId</c> or <c>task_id</c>, status as string or integer, times as epoch-ms or strings, unknown fields ignored.
    /// </summary>
    internal static class TaskRecordReader
    {
        public static SunoTask ParseData(string recordJson, TaskFamily family)
        {
            try
            {
                using (var doc = JsonDocument.Parse(recordJson))
                {
                    return Read(family, doc.RootElement, null);
                }
            }
            catch (JsonException e)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse, "The task record is not valid JSON: " + e.Message, e);
            }
        }

        /// <summary>
        /// The record as a task; whatever in it cannot be read (a lone surrogate escape, say, which GetString refuses) is a
        /// <see cref="SunoErrorKind.MalformedResponse"/> about this task, never a bare .NET exception.
        /// </summary>
        public static SunoTask Read(TaskFamily family, JsonElement record, string? requestedTaskId)
        {
            try
            {
                return ReadRecord(family, record, requestedTaskId);
            }
            catch (Exception e) when (!(e is SunoException))
            {
                throw new SunoException(SunoErrorKind.MalformedResponse,
                    "The " + family.Name + " record" + (requestedTaskId == null ? "" : " of task '" + requestedTaskId + "'") +
                    " could not be read: " + e.Message, e)
                { Target = requestedTaskId };
            }
        }

        private static SunoTask ReadRecord(TaskFamily family, JsonElement record, string? requestedTaskId)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse,
                    "The API answered without a task record (data is " + record.ValueKind + ").")
                { Target = requestedTaskId };
            }

            var apiStatus = family.ApiStatusOf(record);
            var meaning = family.Meaning(apiStatus);
            var task = new SunoTask
            {
                TaskId = JsonValues.String(record, "taskId") ?? JsonValues.String(record, "task_id") ?? requestedTaskId ?? "",
                Family = family.Name,
                ApiStatus = apiStatus,
                Status = meaning.Status,
                State = meaning.State,
                Stage = meaning.Stage,
                ErrorCode = JsonValues.Integer(record, "errorCode"),
                ErrorMessage = JsonValues.NullIfEmpty(JsonValues.String(record, "errorMessage")),
                CreatedAt = JsonValues.Time(record, "createTime"),
                CompletedAt = JsonValues.Time(record, "completeTime"),
                RetrievedAt = DateTimeOffset.UtcNow,
                RawRecord = record.GetRawText(),
            };

            family.ReadDetails(task, record);
            foreach (var output in task.Outputs)
            {
                output.Title ??= task.Title;
            }

            return task;
        }
    }
}
