using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/voice/generate (suno-api.md §4.23): the custom voice, from a validation task and a
    /// recording of its phrase (<c>verifyUrl</c>). The voice task's record gives the <c>voiceId</c>.
    /// </summary>
    public sealed class VoiceGenerateRequest : SunoSubmission
    {
        /// <summary>The documented skill levels; the API takes beginner when none is sent.</summary>
        public static readonly IReadOnlyList<string> SkillLevels = new[] { "beginner", "intermediate", "advanced", "professional" };

        private static readonly ApiEndpoint GenerateEndpoint = new ApiEndpoint("api/v1/voice/generate", SunoTaskFamily.Voice);

        /// <summary>The validation task.</summary>
        public string? TaskId { get; set; }

        /// <summary>Where the recording of the phrase is.</summary>
        public string? VerifyUrl { get; set; }

        public string? VoiceName { get; set; }
        public string? Description { get; set; }
        public string? Style { get; set; }
        public string? SingerSkillLevel { get; set; }
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => GenerateEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckRequired(problems, "taskId", TaskId);
            RequestRules.CheckAudioUrl(problems, "verifyUrl", VerifyUrl);
            if (SingerSkillLevel != null)
            {
                RequestRules.CheckOneOf(problems, "singerSkillLevel", SingerSkillLevel.Trim().ToLowerInvariant(),
                    "beginner", "intermediate", "advanced", "professional");
            }

            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["description"] = Description,
                ["singerSkillLevel"] = SingerSkillLevel?.Trim().ToLowerInvariant(),
                ["style"] = Style,
                ["taskId"] = TaskId?.Trim(),
                ["verifyUrl"] = VerifyUrl?.Trim(),
                ["voiceName"] = VoiceName,
            };

        internal override void Describe(SunoTask submitted) => submitted.Title = VoiceName;
    }
}
