using System.Collections.Generic;
using System.Linq;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/mashup: exactly two audios blended into one song (suno-api.md §4.7).</summary>
    public sealed class MashupRequest : SunoSubmission
    {
        private static readonly ApiEndpoint MashupEndpoint = new ApiEndpoint("api/v1/generate/mashup", SunoTaskFamily.Music);

        public const int AudioCount = 2;
        public const int TitleLimit = 100;
        public static readonly string[] Models = { "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5" };

        public MashupRequest()
        {
            Model = SunoModelCatalog.DefaultModel;
        }

        /// <summary>The two audios (the API's uploadUrlList).</summary>
        public IList<string> UploadUrls { get; set; } = new List<string>();

        public bool CustomMode { get; set; }
        public bool? Instrumental { get; set; }
        public string Model { get; set; }
        public string? Prompt { get; set; }
        public string? Style { get; set; }
        public string? Title { get; set; }
        public string? VocalGender { get; set; }
        public double? StyleWeight { get; set; }
        public double? WeirdnessConstraint { get; set; }
        public double? AudioWeight { get; set; }
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => MashupEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            var urls = UploadUrls ?? new List<string>();
            if (urls.Count != AudioCount)
            {
                problems.Add(new SunoProblem("uploadUrlList", SunoProblemRule.WrongCount) { Value = urls.Count, Limit = AudioCount });
            }

            foreach (var url in urls)
            {
                if (!RequestRules.IsHttpUrl(url ?? "")) problems.Add(new SunoProblem("uploadUrlList", SunoProblemRule.NotHttpUrl) { Value = url });
            }

            if (string.IsNullOrWhiteSpace(Model)) problems.Add(new SunoProblem("model", SunoProblemRule.Required));
            RequestRules.CheckModel(problems, Model, Models);
            RequestRules.CheckLength(problems, "title", Title, TitleLimit, "a mashup");
            var limits = SunoModelCatalog.LimitsOf(Model ?? "");
            if (CustomMode && limits != null)
            {
                RequestRules.CheckLength(problems, "prompt", Prompt, limits.Lyrics, Model!);
                RequestRules.CheckLength(problems, "style", Style, limits.Style, Model!);
            }
            else if (!CustomMode)
            {
                RequestRules.CheckLength(problems, "prompt", Prompt, SunoModelCatalog.SimplePromptLimit, GenerateMusicValidator.SimpleMode);
            }

            RequestRules.CheckOneOf(problems, "vocalGender", VocalGender, "m", "f");
            RequestRules.CheckWeight(problems, "styleWeight", StyleWeight);
            RequestRules.CheckWeight(problems, "weirdnessConstraint", WeirdnessConstraint);
            RequestRules.CheckWeight(problems, "audioWeight", AudioWeight);
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioWeight"] = AudioWeight,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["customMode"] = CustomMode,
                ["instrumental"] = Instrumental,
                ["model"] = Model,
                ["prompt"] = Prompt,
                ["style"] = Style,
                ["styleWeight"] = StyleWeight,
                ["title"] = Title,
                ["uploadUrlList"] = (UploadUrls ?? new List<string>()).Select(u => u?.Trim()).ToArray(),
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "mashup";
            submitted.Prompt = Prompt;
            submitted.Style = Style;
            submitted.Title = Title;
            submitted.Model = Model;
            submitted.CustomMode = CustomMode;
            submitted.Instrumental = Instrumental;
        }
    }
}
