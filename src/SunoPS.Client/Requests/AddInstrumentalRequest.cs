using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/add-instrumental: a backing track for an uploaded vocal (suno-api.md §4.5).</summary>
    public sealed class AddInstrumentalRequest : SunoSubmission
    {
        private static readonly ApiEndpoint AddInstrumentalEndpoint = new ApiEndpoint("api/v1/generate/add-instrumental", SunoTaskFamily.Music);

        public string? UploadUrl { get; set; }
        public string? Title { get; set; }

        /// <summary>The style of the backing track (the API's <c>tags</c>).</summary>
        public string? Tags { get; set; }

        /// <summary>Styles to avoid; the API requires the field.</summary>
        public string? NegativeTags { get; set; }

        /// <summary>V4_5PLUS (the API's default when not sent), V5 or V5_5.</summary>
        public string? Model { get; set; }
        public string? VocalGender { get; set; }
        public double? StyleWeight { get; set; }
        public double? WeirdnessConstraint { get; set; }
        public double? AudioWeight { get; set; }
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => AddInstrumentalEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
            RequestRules.CheckRequired(problems, "title", Title);
            RequestRules.CheckRequired(problems, "tags", Tags);
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
                ["styleWeight"] = StyleWeight,
                ["tags"] = Tags,
                ["title"] = Title,
                ["uploadUrl"] = UploadUrl?.Trim(),
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "add_instrumental";
            submitted.Title = Title;
            submitted.Style = Tags;
            submitted.Model = Model ?? AccompanimentRules.DefaultModel;
        }
    }
}
