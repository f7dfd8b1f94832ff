using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The documented rules of /generate (suno-api.md §3, §4.1), checked before anything is sent, so a mistake
    /// costs no credits and no round trip. Returns every problem, not just the first.
    /// </summary>
    public static class GenerateMusicValidator
    {
        public const string CustomMode = "custom mode";
        public const string CustomModeWithVocals = "custom mode unless instrumental";
        public const string SimpleMode = "simple mode";
        public const string VoicePersonaModels = "V5 and V5_5";

        public static IReadOnlyList<SunoProblem> Validate(GenerateMusicRequest request)
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(request.Model)) problems.Add(new SunoProblem("model", SunoProblemRule.Required));

            if (request.CustomMode)
            {
                if (string.IsNullOrWhiteSpace(request.Style)) problems.Add(Required("style", CustomMode));
                if (string.IsNullOrWhiteSpace(request.Title)) problems.Add(Required("title", CustomMode));
                if (!request.Instrumental && string.IsNullOrWhiteSpace(request.Prompt)) problems.Add(Required("prompt", CustomModeWithVocals));

                var limits = SunoModelCatalog.LimitsOf(request.Model ?? "");
                if (limits != null)
                {
                    RequestRules.CheckLength(problems, "prompt", request.Prompt, limits.Lyrics, request.Model!);
                    RequestRules.CheckLength(problems, "style", request.Style, limits.Style, request.Model!);
                    RequestRules.CheckLength(problems, "title", request.Title, limits.Title, request.Model!);
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request.Prompt)) problems.Add(Required("prompt", SimpleMode));
                RequestRules.CheckLength(problems, "prompt", request.Prompt, SunoModelCatalog.SimplePromptLimit, SimpleMode);
                if (!string.IsNullOrEmpty(request.Style)) problems.Add(new SunoProblem("style", SunoProblemRule.NotApplicable) { Condition = CustomMode });
                if (!string.IsNullOrEmpty(request.Title)) problems.Add(new SunoProblem("title", SunoProblemRule.NotApplicable) { Condition = CustomMode });
                if (!string.IsNullOrEmpty(request.PersonaId)) problems.Add(new SunoProblem("personaId", SunoProblemRule.NotApplicable) { Condition = CustomMode });
            }

            RequestRules.CheckWeight(problems, "styleWeight", request.StyleWeight);
            RequestRules.CheckWeight(problems, "weirdnessConstraint", request.WeirdnessConstraint);
            RequestRules.CheckWeight(problems, "audioWeight", request.AudioWeight);
            RequestRules.CheckOneOf(problems, "vocalGender", request.VocalGender, "m", "f");

            var before = problems.Count;
            RequestRules.CheckOneOf(problems, "personaModel", request.PersonaModel, "style_persona", "voice_persona");
            if (problems.Count == before && request.PersonaModel == "voice_persona" && !SunoModelCatalog.SupportsVoicePersona(request.Model ?? ""))
            {
                problems.Add(new SunoProblem("personaModel", SunoProblemRule.NotApplicable)
                    { Value = "voice_persona", Condition = VoicePersonaModels + " (not " + request.Model + ")" });
            }

            RequestRules.CheckCallback(problems, request.CallbackUrl);
            return problems;
        }

        private static SunoProblem Required(string field, string condition) =>
            new SunoProblem(field, SunoProblemRule.Required) { Condition = condition };
    }
}
