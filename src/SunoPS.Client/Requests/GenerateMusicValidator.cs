using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The documented rules of /generate (suno-api.md §3, §4.1), checked before anything is sent, so a mistake
    /// costs no credits and no round trip. Returns every problem, not just the first. Upload-cover follows the
    /// same custom/simple matrix (§4.3).
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
            request.CheckModelGiven(problems);
            CheckModes(problems, request, request.CustomMode, request.Instrumental);
            request.CheckShared(problems);
            return problems;
        }

        /// <summary>The custom/simple matrix: which of prompt, style and title are required, allowed, and how long.</summary>
        internal static void CheckModes(List<SunoProblem> problems, MusicSubmission request, bool customMode, bool instrumental)
        {
            if (customMode)
            {
                if (string.IsNullOrWhiteSpace(request.Style)) problems.Add(Required("style", CustomMode));
                if (string.IsNullOrWhiteSpace(request.Title)) problems.Add(Required("title", CustomMode));
                if (!instrumental && string.IsNullOrWhiteSpace(request.Prompt)) problems.Add(Required("prompt", CustomModeWithVocals));
                request.CheckCustomLengths(problems);
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request.Prompt)) problems.Add(Required("prompt", SimpleMode));
                RequestRules.CheckLength(problems, "prompt", request.Prompt, SunoModelCatalog.SimplePromptLimit, SimpleMode);
                if (!string.IsNullOrEmpty(request.Style)) problems.Add(new SunoProblem("style", SunoProblemRule.NotApplicable) { Condition = CustomMode });
                if (!string.IsNullOrEmpty(request.Title)) problems.Add(new SunoProblem("title", SunoProblemRule.NotApplicable) { Condition = CustomMode });
                if (!string.IsNullOrEmpty(request.PersonaId)) problems.Add(new SunoProblem("personaId", SunoProblemRule.NotApplicable) { Condition = CustomMode });
            }
        }

        internal static SunoProblem Required(string field, string condition) =>
            new SunoProblem(field, SunoProblemRule.Required) { Condition = condition };
    }
}
