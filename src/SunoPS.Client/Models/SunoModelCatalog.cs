using System;
using System.Collections.Generic;

namespace SunoPS
{
    /// <summary>The models the API documents for music generation and their text limits in custom mode.</summary>
    public static class SunoModelCatalog
    {
        /// <summary>The default model when the user names none: the newest documented one.</summary>
        public const string DefaultModel = "V5";

        /// <summary>Non-custom mode takes a description of at most this many characters.</summary>
        public const int SimplePromptLimit = 500;

        private static readonly Dictionary<string, SunoModelLimits> Limits =
            new Dictionary<string, SunoModelLimits>(StringComparer.OrdinalIgnoreCase)
            {
                ["V4"] = new SunoModelLimits(3000, 200, 80),
                ["V4_5"] = new SunoModelLimits(5000, 1000, 100),
                ["V4_5PLUS"] = new SunoModelLimits(5000, 1000, 100),
                ["V4_5ALL"] = new SunoModelLimits(5000, 1000, 80),
                ["V5"] = new SunoModelLimits(5000, 1000, 100),
                ["V5_5"] = new SunoModelLimits(5000, 1000, 100),
            };

        /// <summary>Known models, newest first (used for tab completion; any other string is passed on).</summary>
        public static IReadOnlyList<string> KnownModels { get; } = new[] { "V5_5", "V5", "V4_5ALL", "V4_5PLUS", "V4_5", "V4" };

        /// <summary>
        /// False for a documented model that cannot use personaModel "voice_persona" (the API: "only available with V5
        /// and V5_5 models"); true for V5, V5_5 and for models this module does not know yet (new ones appear).
        /// </summary>
        public static bool SupportsVoicePersona(string model) =>
            !(Limits.ContainsKey(model) || string.Equals(model, "V3_5", StringComparison.OrdinalIgnoreCase)) ||
            string.Equals(model, "V5", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(model, "V5_5", StringComparison.OrdinalIgnoreCase);

        /// <summary>The documented spelling of <paramref name="model"/> (trimmed, "v4_5plus" → "V4_5PLUS"); other names trimmed only.</summary>
        public static string Canonical(string model)
        {
            var trimmed = (model ?? "").Trim();
            foreach (var known in KnownModels)
            {
                if (string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase)) return known;
            }

            return string.Equals(trimmed, "V3_5", StringComparison.OrdinalIgnoreCase) ? "V3_5" : trimmed;
        }

        /// <summary>The limits of a documented model, or null for a model this module does not know yet.</summary>
        public static SunoModelLimits? LimitsOf(string model) =>
            Limits.TryGetValue(model, out var limits) ? limits : null;
    }

    public sealed class SunoModelLimits
    {
        public SunoModelLimits(int lyrics, int style, int title)
        {
            Lyrics = lyrics;
            Style = style;
            Title = title;
        }

        public int Lyrics { get; }
        public int Style { get; }
        public int Title { get; }
    }
}
