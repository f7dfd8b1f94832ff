using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Requests
{
    /// <summary>The task object for a submission the API just accepted: pending, with the request's parameters.</summary>
    public static class SubmittedTask
    {
        public static SunoTask From(string taskId, GenerateMusicRequest request)
        {
            var fields = request.ToFields();
            var param = Encoding.UTF8.GetString(JsonBody.Write(fields));
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in fields)
            {
                if (field.Value != null) values[field.Key] = field.Value;
            }

            return new SunoTask
            {
                TaskId = taskId,
                Status = SunoTaskStatus.Pending,
                OperationType = "generate",
                Prompt = request.Prompt,
                Style = request.Style,
                Title = request.Title,
                Model = request.Model,
                CustomMode = request.CustomMode,
                Instrumental = request.Instrumental,
                Parameters = new SunoTaskParameters(values, param),
                CreatedAt = DateTimeOffset.UtcNow,
                RetrievedAt = DateTimeOffset.UtcNow,
            };
        }
    }
}
