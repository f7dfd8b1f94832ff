using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/wav/generate: one finished track, converted to WAV.</summary>
    public sealed class ConvertToWavRequest : SunoSubmission
    {
        private static readonly ApiEndpoint WavEndpoint = new ApiEndpoint("api/v1/wav/generate", SunoTaskFamily.Wav);

        /// <summary>The music task the track belongs to.</summary>
        public string? TaskId { get; set; }

        /// <summary>The track (<c>sunoData[].id</c>).</summary>
        public string? AudioId { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        /// <summary>The track's title when known, so the WAV task's object and file can carry it (the WAV record has none).</summary>
        public string? SourceTitle { get; set; }

        internal override ApiEndpoint Endpoint => WavEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(TaskId)) problems.Add(new SunoProblem("taskId", SunoProblemRule.Required));
            if (string.IsNullOrWhiteSpace(AudioId)) problems.Add(new SunoProblem("audioId", SunoProblemRule.Required));
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioId"] = AudioId?.Trim(),
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["taskId"] = TaskId?.Trim(),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceAudioId = AudioId?.Trim();
            submitted.Title = SourceTitle;
        }
    }
}
