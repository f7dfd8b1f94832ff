using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/voice/validate (suno-api.md §4.23): a recording of the voice, online, and the whole
    /// seconds of it that hold the singing. The task's record gives a phrase to sing back (validate-info).
    /// </summary>
    public sealed class VoiceValidationRequest : SunoSubmission
    {
        /// <summary>The languages the phrase can be in.</summary>
        public static readonly IReadOnlyList<string> Languages = new[] { "en", "zh", "es", "fr", "pt", "de", "ja", "ko", "hi", "ru" };

        private static readonly ApiEndpoint ValidateEndpoint = new ApiEndpoint("api/v1/voice/validate", SunoTaskFamily.VoiceValidation);

        /// <summary>Where the recording is (an http or https URL the API can fetch).</summary>
        public string? VoiceUrl { get; set; }

        /// <summary>Where the vocals start, in whole seconds.</summary>
        public int? VocalStartS { get; set; }

        /// <summary>Where they end, in whole seconds; after the start.</summary>
        public int? VocalEndS { get; set; }

        /// <summary>The phrase's language (<see cref="Languages"/>); the API's default when null.</summary>
        public string? Language { get; set; }

        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => ValidateEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckAudioUrl(problems, "voiceUrl", VoiceUrl);
            if (VocalStartS == null) problems.Add(new SunoProblem("vocalStartS", SunoProblemRule.Required));
            if (VocalEndS == null) problems.Add(new SunoProblem("vocalEndS", SunoProblemRule.Required));
            if (VocalStartS < 0) problems.Add(new SunoProblem("vocalStartS", SunoProblemRule.OutOfRange) { Value = VocalStartS, Minimum = 0 });
            if (VocalStartS != null && VocalEndS != null && VocalEndS <= VocalStartS)
            {
                problems.Add(new SunoProblem("vocalEndS", SunoProblemRule.NotAfter) { Value = VocalEndS, RelatedField = "vocalStartS" });
            }

            if (Language != null) RequestRules.CheckOneOf(problems, "language", Language.Trim().ToLowerInvariant(), ToArray(Languages));
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["language"] = Language?.Trim().ToLowerInvariant(),
                ["vocalEndS"] = VocalEndS,
                ["vocalStartS"] = VocalStartS,
                ["voiceUrl"] = VoiceUrl?.Trim(),
            };

        private static string[] ToArray(IReadOnlyList<string> list)
        {
            var array = new string[list.Count];
            for (var i = 0; i < array.Length; i++) array[i] = list[i];
            return array;
        }
    }
}
