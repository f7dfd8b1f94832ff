using System;
using System.Collections.Generic;
using System.Globalization;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The documented rules of /generate, checked before anything is sent, so a mistake costs no credits and
    /// no round trip. Returns every problem, not just the first.
    /// </summary>
    public static class GenerateMusicValidator
    {
        public static IReadOnlyList<string> Validate(GenerateMusicRequest request)
        {
            var problems = new List<string>();
            if (string.IsNullOrWhiteSpace(request.Model))
            {
                problems.Add("A model is required.");
            }

            if (request.CustomMode)
            {
                if (string.IsNullOrWhiteSpace(request.Style)) problems.Add("Custom mode needs a style (-Style).");
                if (string.IsNullOrWhiteSpace(request.Title)) problems.Add("Custom mode needs a title (-Title).");
                if (!request.Instrumental && string.IsNullOrWhiteSpace(request.Prompt))
                {
                    problems.Add("Custom mode needs lyrics in -Prompt unless the track is instrumental (-Instrumental).");
                }

                var limits = SunoModelCatalog.LimitsOf(request.Model ?? "");
                if (limits != null)
                {
                    CheckLength(problems, "lyrics (-Prompt)", request.Prompt, limits.Lyrics, request.Model!);
                    CheckLength(problems, "style (-Style)", request.Style, limits.Style, request.Model!);
                    CheckLength(problems, "title (-Title)", request.Title, limits.Title, request.Model!);
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request.Prompt))
                {
                    problems.Add("A description (-Prompt) is required.");
                }

                CheckLength(problems, "description (-Prompt)", request.Prompt, SunoModelCatalog.SimplePromptLimit, "simple mode");
                if (!string.IsNullOrEmpty(request.Style) || !string.IsNullOrEmpty(request.Title))
                {
                    problems.Add("-Style and -Title need custom mode (-CustomMode, or give -Style and -Title together).");
                }

                if (!string.IsNullOrEmpty(request.PersonaId))
                {
                    problems.Add("-PersonaId works in custom mode only.");
                }
            }

            CheckWeight(problems, "StyleWeight", request.StyleWeight);
            CheckWeight(problems, "WeirdnessConstraint", request.WeirdnessConstraint);
            CheckWeight(problems, "AudioWeight", request.AudioWeight);

            if (request.VocalGender != null && request.VocalGender != "m" && request.VocalGender != "f")
            {
                problems.Add("-VocalGender must be 'm' or 'f'.");
            }

            if (request.PersonaModel != null && request.PersonaModel != "style_persona" && request.PersonaModel != "voice_persona")
            {
                problems.Add("-PersonaModel must be 'style_persona' or 'voice_persona'.");
            }
            else if (request.PersonaModel == "voice_persona" && !SunoModelCatalog.SupportsVoicePersona(request.Model ?? ""))
            {
                problems.Add("-PersonaModel voice_persona works with V5 and V5_5 only, not " + request.Model + ".");
            }

            if (request.CallbackUrl != null &&
                (!Uri.TryCreate(request.CallbackUrl, UriKind.Absolute, out var callback) ||
                 (callback.Scheme != Uri.UriSchemeHttp && callback.Scheme != Uri.UriSchemeHttps)))
            {
                problems.Add("-CallbackUri must be an absolute http or https URL.");
            }

            return problems;
        }

        private static void CheckLength(List<string> problems, string what, string? value, int limit, string model)
        {
            if (value != null && value.Length > limit)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture,
                    "The {0} has {1} characters; {2} allows {3}.", what, value.Length, model, limit));
            }
        }

        private static void CheckWeight(List<string> problems, string name, double? value)
        {
            if (value.HasValue && (double.IsNaN(value.Value) || value < 0 || value > 1))
            {
                // NaN is also what a weight that is not a number (a CSV cell such as "abc") is read as.
                problems.Add("-" + name + " must be a number between 0 and 1.");
            }
        }
    }
}
