using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate. Null fields are not sent.</summary>
    public sealed class GenerateMusicRequest : SunoSubmission
    {
        private static readonly ApiEndpoint GenerateEndpoint = new ApiEndpoint("api/v1/generate", SunoTaskFamily.Music);

        internal override ApiEndpoint Endpoint => GenerateEndpoint;

        public override IReadOnlyList<SunoProblem> Validate() => GenerateMusicValidator.Validate(this);

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "generate";
            submitted.Prompt = Prompt;
            submitted.Style = Style;
            submitted.Title = Title;
            submitted.Model = Model;
            submitted.CustomMode = CustomMode;
            submitted.Instrumental = Instrumental;
        }

        /// <summary>Simple mode: a description. Custom mode: the exact lyrics (unless instrumental).</summary>
        public string? Prompt { get; set; }
        public bool CustomMode { get; set; }
        public bool Instrumental { get; set; }
        public string Model { get; set; } = SunoModelCatalog.DefaultModel;
        public string? Style { get; set; }
        public string? Title { get; set; }
        public string? NegativeTags { get; set; }

        /// <summary>"m" or "f".</summary>
        public string? VocalGender { get; set; }
        public double? StyleWeight { get; set; }
        public double? WeirdnessConstraint { get; set; }
        public double? AudioWeight { get; set; }
        public string? PersonaId { get; set; }

        /// <summary>"style_persona" or "voice_persona".</summary>
        public string? PersonaModel { get; set; }

        /// <summary>The API requires one; <see cref="SunoClient"/> sends a harmless placeholder when this is null.</summary>
        public string? CallbackUrl { get; set; }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioWeight"] = AudioWeight,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["customMode"] = CustomMode,
                ["instrumental"] = Instrumental,
                ["model"] = Model,
                ["negativeTags"] = NegativeTags,
                ["personaId"] = PersonaId,
                ["personaModel"] = PersonaModel,
                // Lyrics are not needed for a custom instrumental; an empty prompt is then left out.
                ["prompt"] = CustomMode && Instrumental && string.IsNullOrEmpty(Prompt) ? null : Prompt,
                ["style"] = Style,
                ["styleWeight"] = StyleWeight,
                ["title"] = Title,
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };
    }
}
