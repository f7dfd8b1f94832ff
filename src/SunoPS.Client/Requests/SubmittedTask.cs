using System;
using System.Collections.Generic;
using System.Text;
using SunoPS.Client.Json;

namespace SunoPS.Client.Requests
{
    /// <summary>The task object for a submission the API just accepted: pending, with the request's parameters.</summary>
    internal static class SubmittedTask
    {
        public static SunoTask From(string taskId, SunoSubmission submission)
        {
            var fields = submission.ToFields();
            var param = Encoding.UTF8.GetString(JsonBody.Write(fields));
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in fields)
            {
                if (field.Value != null) values[field.Key] = field.Value;
            }

            var task = new SunoTask
            {
                TaskId = taskId,
                Family = submission.Family,
                Status = SunoTaskStatus.Pending,
                State = SunoTaskState.Pending,
                Parameters = new SunoTaskParameters(values, param),
                CreatedAt = DateTimeOffset.UtcNow,
                RetrievedAt = DateTimeOffset.UtcNow,
            };
            submission.Describe(task);
            return task;
        }
    }
}
