using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// What generate, extend, upload-cover and upload-extend share: the song described by prompt, style, title and
    /// model, with the optional negative tags, vocal gender, weights and persona (suno-api.md §4.1–§4.4).
    /// </summary>
    public abstract class MusicSubmission : SunoSubmission
    {
        internal MusicSubmission()
        {
        }

        /// <summary>A description (simple mode) or the exact lyrics (custom parameters).</summary>
        public string? Prompt { get; set; }
        public string? Style { get; set; }
        public string? Title { get; set; }
        public string? Model { get; set; }
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

        /// <summary>The optional fields every one of these endpoints takes, as the API names them.</summary>
        internal SortedDictionary<string, object?> SharedFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioWeight"] = AudioWeight,
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["model"] = Model,
                ["negativeTags"] = NegativeTags,
                ["personaId"] = PersonaId,
                ["personaModel"] = PersonaModel,
                ["styleWeight"] = StyleWeight,
                ["vocalGender"] = VocalGender,
                ["weirdnessConstraint"] = WeirdnessConstraint,
            };

        /// <summary>The rules of the shared fields: weights, vocal gender, persona model for the model, callback.</summary>
        internal void CheckModelGiven(List<SunoProblem> problems)
        {
            if (string.IsNullOrWhiteSpace(Model)) problems.Add(new SunoProblem("model", SunoProblemRule.Required));
        }

        internal void CheckShared(List<SunoProblem> problems)
        {
            RequestRules.CheckWeight(problems, "styleWeight", StyleWeight);
            RequestRules.CheckWeight(problems, "weirdnessConstraint", WeirdnessConstraint);
            RequestRules.CheckWeight(problems, "audioWeight", AudioWeight);
            RequestRules.CheckOneOf(problems, "vocalGender", VocalGender, "m", "f");

            var before = problems.Count;
            RequestRules.CheckOneOf(problems, "personaModel", PersonaModel, "style_persona", "voice_persona");
            if (problems.Count == before && PersonaModel == "voice_persona" && !SunoModelCatalog.SupportsVoicePersona(Model ?? ""))
            {
                problems.Add(new SunoProblem("personaModel", SunoProblemRule.NotApplicable)
                    { Value = "voice_persona", Condition = GenerateMusicValidator.VoicePersonaModels + " (not " + Model + ")" });
            }

            RequestRules.CheckCallback(problems, CallbackUrl);
        }

        /// <summary>Prompt, style and title within the model's custom-mode limits (suno-api.md §3.2).</summary>
        internal void CheckCustomLengths(List<SunoProblem> problems)
        {
            var limits = SunoModelCatalog.LimitsOf(Model ?? "");
            if (limits == null) return;
            RequestRules.CheckLength(problems, "prompt", Prompt, limits.Lyrics, Model!);
            RequestRules.CheckLength(problems, "style", Style, limits.Style, Model!);
            RequestRules.CheckLength(problems, "title", Title, limits.Title, Model!);
        }

        internal override void Describe(SunoTask submitted)
        {
            submitted.Prompt = Prompt;
            submitted.Style = Style;
            submitted.Title = Title;
            submitted.Model = Model;
        }
    }
}
