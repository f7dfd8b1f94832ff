using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/voice/regenerate (suno-api.md §4.23): a new phrase for a validation task. The endpoint
    /// spells its callback <c>calBackUrl</c>, with one l; the answer is a validation task read from validate-info.
    /// </summary>
    public sealed class VoiceRegenerateRequest : SunoSubmission
    {
        private static readonly ApiEndpoint RegenerateEndpoint = new ApiEndpoint("api/v1/voice/regenerate", SunoTaskFamily.VoiceValidation);

        /// <summary>The validation task.</summary>
        public string? TaskId { get; set; }

        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => RegenerateEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckRequired(problems, "taskId", TaskId);
            RequestRules.CheckCallback(problems, CallbackUrl, "calBackUrl");
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["calBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["taskId"] = TaskId?.Trim(),
            };
    }
}
