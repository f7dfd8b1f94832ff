using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>What add-instrumental and add-vocals share (suno-api.md §4.5, §4.6): their models and optional fields.</summary>
    internal static class AccompanimentRules
    {
        /// <summary>The API's default when model is not sent.</summary>
        public const string DefaultModel = "V4_5PLUS";

        public static readonly string[] Models = { "V4_5PLUS", "V5", "V5_5" };

        public static void CheckOptional(List<SunoProblem> problems, string? model, string? vocalGender, double? styleWeight,
            double? weirdnessConstraint, double? audioWeight, string? callbackUrl)
        {
            RequestRules.CheckModel(problems, model, Models);
            RequestRules.CheckOneOf(problems, "vocalGender", vocalGender, "m", "f");
            RequestRules.CheckWeight(problems, "styleWeight", styleWeight);
            RequestRules.CheckWeight(problems, "weirdnessConstraint", weirdnessConstraint);
            RequestRules.CheckWeight(problems, "audioWeight", audioWeight);
            RequestRules.CheckCallback(problems, callbackUrl);
        }

    }
}
