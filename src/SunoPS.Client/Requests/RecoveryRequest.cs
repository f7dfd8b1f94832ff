using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/suno/recovery: fresh links for every track of a finished music task, named
    /// <c>sunoTaskId</c> here. The answer's id is <c>data.task_id</c> (snake case), read like any other.
    /// </summary>
    public sealed class RecoveryRequest : SunoSubmission
    {
        private static readonly ApiEndpoint RecoveryEndpoint = new ApiEndpoint("api/v1/suno/recovery", SunoTaskFamily.Recovery);

        /// <summary>The finished music task whose tracks need new links.</summary>
        public string? SunoTaskId { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => RecoveryEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(SunoTaskId)) problems.Add(new SunoProblem("sunoTaskId", SunoProblemRule.Required));
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["sunoTaskId"] = SunoTaskId?.Trim(),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceTaskId = SunoTaskId?.Trim();
        }
    }
}
