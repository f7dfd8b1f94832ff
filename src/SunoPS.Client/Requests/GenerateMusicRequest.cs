using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate. Null fields are not sent.</summary>
    public sealed class GenerateMusicRequest : MusicSubmission
    {
        private static readonly ApiEndpoint GenerateEndpoint = new ApiEndpoint("api/v1/generate", SunoTaskFamily.Music);

        public GenerateMusicRequest()
        {
            Model = SunoModelCatalog.DefaultModel;
        }

        internal override ApiEndpoint Endpoint => GenerateEndpoint;

        public bool CustomMode { get; set; }
        public bool Instrumental { get; set; }

        public override IReadOnlyList<SunoProblem> Validate() => GenerateMusicValidator.Validate(this);

        internal override void Describe(SunoTask submitted)
        {
            base.Describe(submitted);
            submitted.OperationType = "generate";
            submitted.CustomMode = CustomMode;
            submitted.Instrumental = Instrumental;
        }

        internal override SortedDictionary<string, object?> ToFields()
        {
            var fields = SharedFields();
            fields["customMode"] = CustomMode;
            fields["instrumental"] = Instrumental;
            // Lyrics are not needed for a custom instrumental; an empty prompt is then left out.
            fields["prompt"] = CustomMode && Instrumental && string.IsNullOrEmpty(Prompt) ? null : Prompt;
            fields["style"] = Style;
            fields["title"] = Title;
            return fields;
        }
    }
}
