using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/lyrics: lyrics (no music) from a description of at most 200 characters.</summary>
    public sealed class LyricsRequest : SunoSubmission
    {
        /// <summary>The documented limit of <c>prompt</c> (suno-api.md §4.15).</summary>
        public const int PromptLimit = 200;

        /// <summary>What the limit is named in a problem.</summary>
        public const string PromptCondition = "lyrics generation";

        private static readonly ApiEndpoint LyricsEndpoint = new ApiEndpoint("api/v1/lyrics", SunoTaskFamily.Lyrics);

        /// <summary>What the lyrics should be about.</summary>
        public string? Prompt { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => LyricsEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(Prompt)) problems.Add(new SunoProblem("prompt", SunoProblemRule.Required));
            RequestRules.CheckLength(problems, "prompt", Prompt, PromptLimit, PromptCondition);
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["prompt"] = Prompt,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.Prompt = Prompt;
        }
    }
}
