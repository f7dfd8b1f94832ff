using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/add-vocals: vocals sung over an uploaded instrumental (suno-api.md §4.6).</summary>
    public sealed class AddVocalsRequest : SunoSubmission
    {
        private static readonly ApiEndpoint AddVocalsEndpoint = new ApiEndpoint("api/v1/generate/add-vocals", SunoTaskFamily.Music);

        public string? UploadUrl { get; set; }

        /// <summary>The lyrics to sing.</summary>
        public string? Prompt { get; set; }
        public string? Title { get; set; }
        public string? Style { get; set; }

        /// <summary>Styles to avoid; the API requires the field.</summary>
        public string? NegativeTags { get; set; }

        /// <summary>V4_5PLUS (the API's default when not sent), V5 or V5_5.</summary>
        public string? Model { get; set; }
        public string? VocalGender { get; set; }
        public double? StyleWeight { get; set; }
        public double? WeirdnessConstraint { get; set; }
        public double? AudioWeight { get; set; }
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => AddVocalsEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
            RequestRules.CheckRequired(problems, "prompt", Prompt);
            RequestRules.CheckRequired(problems, "title", Title);
            RequestRules.CheckRequired(problems, "style", Style);
            RequestRules.CheckRequired(problems, "negativeTags", NegativeTags);
            AccompanimentRules.CheckOptional(problems, Model, VocalGender, StyleWeight, WeirdnessConstraint, AudioWeight, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioWeight"] = AudioWeight,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["model"] = Model,
                ["negativeTags"] = NegativeTags,
                ["prompt"] = Prompt,
                ["style"] = Style,
                ["styleWeight"] = StyleWeight,
                ["title"] = Title,
                ["uploadUrl"] = UploadUrl?.Trim(),
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "add_vocals";
            submitted.Prompt = Prompt;
            submitted.Title = Title;
            submitted.Style = Style;
            submitted.Model = Model ?? AccompanimentRules.DefaultModel;
        }
    }
}
