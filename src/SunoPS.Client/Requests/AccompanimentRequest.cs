using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// What add-instrumental and add-vocals share (suno-api.md §4.5, §4.6): the uploaded audio, the title, the
    /// styles to avoid, the models and the optional weights. Each adds what it alone sends.
    /// </summary>
    public abstract class AccompanimentRequest : SunoSubmission
    {
        /// <summary>The API's default when model is not sent.</summary>
        public const string DefaultModel = "V4_5PLUS";

        internal static readonly string[] Models = { "V4_5PLUS", "V5", "V5_5" };

        internal AccompanimentRequest()
        {
        }

        public string? UploadUrl { get; set; }
        public string? Title { get; set; }

        /// <summary>Styles to avoid; the API requires the field.</summary>
        public string? NegativeTags { get; set; }

        /// <summary>V4_5PLUS (the API's default when not sent), V5 or V5_5.</summary>
        public string? Model { get; set; }
        public string? VocalGender { get; set; }
        public double? StyleWeight { get; set; }
        public double? WeirdnessConstraint { get; set; }
        public double? AudioWeight { get; set; }
        public string? CallbackUrl { get; set; }

        /// <summary>The operation the task record names (add_instrumental, add_vocals).</summary>
        private protected abstract string OperationType { get; }

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
            CheckOwn(problems);
            RequestRules.CheckRequired(problems, "title", Title);
            RequestRules.CheckRequired(problems, "negativeTags", NegativeTags);
            RequestRules.CheckModel(problems, Model, Models);
            RequestRules.CheckOneOf(problems, "vocalGender", VocalGender, "m", "f");
            RequestRules.CheckWeight(problems, "styleWeight", StyleWeight);
            RequestRules.CheckWeight(problems, "weirdnessConstraint", WeirdnessConstraint);
            RequestRules.CheckWeight(problems, "audioWeight", AudioWeight);
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        /// <summary>The rules of the fields only this request sends.</summary>
        private protected abstract void CheckOwn(List<SunoProblem> problems);

        /// <summary>Adds the fields only this request sends.</summary>
        private protected abstract void AddOwn(SortedDictionary<string, object?> fields);

        internal override SortedDictionary<string, object?> ToFields()
        {
            var fields = new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioWeight"] = AudioWeight,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["model"] = Model,
                ["negativeTags"] = NegativeTags,
                ["styleWeight"] = StyleWeight,
                ["title"] = Title,
                ["uploadUrl"] = UploadUrl?.Trim(),
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };
            AddOwn(fields);
            return fields;
        }

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = OperationType;
            submitted.Title = Title;
            submitted.Model = Model ?? DefaultModel;
        }
    }
}
