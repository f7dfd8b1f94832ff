using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/sounds: a sound or loop, model V5 only (suno-api.md §4.8). Read as a music task.</summary>
    public sealed class GenerateSoundRequest : SunoSubmission
    {
        private static readonly ApiEndpoint SoundsEndpoint = new ApiEndpoint("api/v1/generate/sounds", SunoTaskFamily.Music);

        public const string Model = "V5";
        public const int PromptLimit = 500;
        public const int SlowestTempo = 1;
        public const int FastestTempo = 300;

        /// <summary>The documented keys; Any is the API's default.</summary>
        public static readonly IReadOnlyList<string> Keys = new[]
        {
            "Any", "Cm", "C#m", "Dm", "D#m", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "A#m", "Bm",
            "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B",
        };

        public string? Prompt { get; set; }

        /// <summary>V5, the only model the endpoint takes; kept settable so a newer model can be passed on.</summary>
        public string ModelName { get; set; } = Model;

        public bool? Loop { get; set; }

        /// <summary>Beats per minute, 1–300; null lets the API choose.</summary>
        public int? Tempo { get; set; }

        /// <summary>One of <see cref="Keys"/>.</summary>
        public string? Key { get; set; }

        /// <summary>Ask the API to fetch lyric subtitles after completion.</summary>
        public bool? GrabLyrics { get; set; }

        /// <summary>Optional here, unlike elsewhere: nothing is sent when null.</summary>
        public string? CallbackUrl { get; set; }

        internal override ApiEndpoint Endpoint => SoundsEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            if (string.IsNullOrWhiteSpace(Prompt)) problems.Add(new SunoProblem("prompt", SunoProblemRule.Required));
            RequestRules.CheckLength(problems, "prompt", Prompt, PromptLimit, "a sound");
            if (string.IsNullOrWhiteSpace(ModelName)) problems.Add(new SunoProblem("model", SunoProblemRule.Required));
            RequestRules.CheckModel(problems, ModelName, Model);
            if (Tempo.HasValue && (Tempo < SlowestTempo || Tempo > FastestTempo))
            {
                problems.Add(new SunoProblem("soundTempo", SunoProblemRule.OutOfRange) { Value = Tempo, Minimum = SlowestTempo, Maximum = FastestTempo });
            }

            if (Key != null && CanonicalKey(Key) == null)
            {
                problems.Add(new SunoProblem("soundKey", SunoProblemRule.NotAllowedValue) { Value = Key, Allowed = Keys });
            }

            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        /// <summary>The documented spelling of a key typed in any case ("c#M" → "C#m" is ambiguous, so case matters for the m).</summary>
        public static string? CanonicalKey(string key)
        {
            var trimmed = key.Trim();
            foreach (var known in Keys)
            {
                if (string.Equals(known, trimmed, System.StringComparison.Ordinal)) return known;
            }

            if (string.Equals(trimmed, "any", System.StringComparison.OrdinalIgnoreCase)) return "Any";
            // A minor key ends in a lower-case m; the note itself may be typed in lower case ("c#m", "am").
            var note = trimmed.Length > 0 ? char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1) : trimmed;
            foreach (var known in Keys)
            {
                if (string.Equals(known, note, System.StringComparison.Ordinal)) return known;
            }

            return null;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["callBackUrl"] = CallbackUrl,
                ["grabLyrics"] = GrabLyrics,
                ["model"] = ModelName,
                ["prompt"] = Prompt,
                ["soundKey"] = Key == null ? null : CanonicalKey(Key),
                ["soundLoop"] = Loop,
                ["soundTempo"] = Tempo,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "sounds";
            submitted.Prompt = Prompt;
            submitted.Model = ModelName;
        }
    }
}
