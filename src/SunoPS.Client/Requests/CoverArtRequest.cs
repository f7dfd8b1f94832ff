using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/suno/cover/generate: cover pictures for a music task. The API makes one cover per
    /// music task: a repeat is refused with code 400 naming the existing task, which the client reports as
    /// <see cref="SunoErrorKind.AlreadyExists"/> with <see cref="SunoException.ExistingTaskId"/>.
    /// </summary>
    public sealed class CoverArtRequest : SunoSubmission
    {
        private static readonly ApiEndpoint CoverEndpoint = new ApiEndpoint("api/v1/suno/cover/generate", SunoTaskFamily.CoverArt)
        {
            CodeOverrides = ApiCodeMap.CreditsAs402RateLimitAs429,
            ExistingTaskCode = 400,
        };

        /// <summary>The music task.</summary>
        public string? TaskId { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        /// <summary>The music's title when known, so the pictures are named by it (the record has none).</summary>
        public string? SourceTitle { get; set; }

        internal override ApiEndpoint Endpoint => CoverEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(TaskId)) problems.Add(new SunoProblem("taskId", SunoProblemRule.Required));
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["taskId"] = TaskId?.Trim(),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceTaskId = TaskId?.Trim();
            submitted.Title = SourceTitle;
        }
    }
}
