using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/mp4/generate: a music video of one finished track, optionally signed.</summary>
    public sealed class VideoRequest : SunoSubmission
    {
        /// <summary>The documented limit of <c>author</c> and <c>domainName</c> (suno-api.md §4.21).</summary>
        public const int TextLimit = 50;

        public const string TextCondition = "a music video";

        private static readonly ApiEndpoint VideoEndpoint = new ApiEndpoint("api/v1/mp4/generate", SunoTaskFamily.Video);

        /// <summary>The music task the track belongs to.</summary>
        public string? TaskId { get; set; }

        /// <summary>The track (<c>sunoData[].id</c>).</summary>
        public string? AudioId { get; set; }

        /// <summary>The artist name shown in the video (at most 50 characters).</summary>
        public string? Author { get; set; }

        /// <summary>The watermark (at most 50 characters).</summary>
        public string? DomainName { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        /// <summary>The track's title when known, so the video task's object and file carry it (the record has none).</summary>
        public string? SourceTitle { get; set; }

        internal override ApiEndpoint Endpoint => VideoEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(TaskId)) problems.Add(new SunoProblem("taskId", SunoProblemRule.Required));
            if (string.IsNullOrWhiteSpace(AudioId)) problems.Add(new SunoProblem("audioId", SunoProblemRule.Required));
            RequestRules.CheckLength(problems, "author", Author, TextLimit, TextCondition);
            RequestRules.CheckLength(problems, "domainName", DomainName, TextLimit, TextCondition);
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioId"] = AudioId?.Trim(),
                ["author"] = string.IsNullOrEmpty(Author) ? null : Author,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["domainName"] = string.IsNullOrEmpty(DomainName) ? null : DomainName,
                ["taskId"] = TaskId?.Trim(),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceAudioId = AudioId?.Trim();
            submitted.SourceTaskId = TaskId?.Trim();
            submitted.Title = SourceTitle;
        }
    }
}
