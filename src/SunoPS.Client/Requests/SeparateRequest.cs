using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/vocal-removal/generate (suno-api.md §4.18): one finished track split into vocals and
    /// instrumental, into instrument stems, or into one named stem. <c>stemName</c> is sent for split_stem_advanced
    /// only, where it is required and must be one of the documented names; the schema marks it required everywhere,
    /// but it means nothing for the other modes.
    /// </summary>
    public sealed class SeparateRequest : SunoSubmission
    {
        private static readonly ApiEndpoint SeparateEndpoint = new ApiEndpoint("api/v1/vocal-removal/generate", SunoTaskFamily.Separation);

        /// <summary>The music task the track belongs to.</summary>
        public string? TaskId { get; set; }

        /// <summary>The track (<c>sunoData[].id</c>).</summary>
        public string? AudioId { get; set; }

        public SunoSeparationMode Mode { get; set; } = SunoSeparationMode.SeparateVocal;

        /// <summary>The one stem of an advanced separation (<see cref="SunoStemNames"/>).</summary>
        public string? StemName { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        /// <summary>The track's title when known, carried to the separation task (its record has none) and its stems' files.</summary>
        public string? SourceTitle { get; set; }

        public override int? DocumentedCredits => CreditsOf(Mode);

        /// <summary>The credits each mode costs (suno-api.md §8): 10, 50, 20.</summary>
        public static int CreditsOf(SunoSeparationMode mode) => mode switch
        {
            SunoSeparationMode.SplitStem => 50,
            SunoSeparationMode.SplitStemAdvanced => 20,
            _ => 10,
        };

        /// <summary>The API's <c>type</c> of a mode.</summary>
        public static string TypeOf(SunoSeparationMode mode) => mode switch
        {
            SunoSeparationMode.SplitStem => "split_stem",
            SunoSeparationMode.SplitStemAdvanced => "split_stem_advanced",
            _ => "separate_vocal",
        };

        internal override ApiEndpoint Endpoint => SeparateEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckRequired(problems, "taskId", TaskId);
            RequestRules.CheckRequired(problems, "audioId", AudioId);
            if (!Enum.IsDefined(typeof(SunoSeparationMode), Mode))
            {
                problems.Add(new SunoProblem("type", SunoProblemRule.NotAllowedValue)
                    { Value = Mode.ToString(), Allowed = new[] { "separate_vocal", "split_stem", "split_stem_advanced" } });
            }

            var advanced = Mode == SunoSeparationMode.SplitStemAdvanced;
            var hasStem = !string.IsNullOrWhiteSpace(StemName);
            if (advanced && !hasStem)
            {
                problems.Add(new SunoProblem("stemName", SunoProblemRule.Required) { Condition = "split_stem_advanced" });
            }
            else if (!advanced && hasStem)
            {
                problems.Add(new SunoProblem("stemName", SunoProblemRule.NotApplicable) { Value = StemName, Condition = "split_stem_advanced" });
            }
            else if (hasStem && SunoStemNames.Find(StemName) == null)
            {
                problems.Add(new SunoProblem("stemName", SunoProblemRule.NotAllowedValue) { Value = StemName, Allowed = SunoStemNames.All });
            }

            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["audioId"] = AudioId?.Trim(),
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                // The documented spelling, whatever case it was typed in.
                ["stemName"] = Mode == SunoSeparationMode.SplitStemAdvanced ? SunoStemNames.Find(StemName) ?? StemName?.Trim() : null,
                ["taskId"] = TaskId?.Trim(),
                ["type"] = TypeOf(Mode),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceAudioId = AudioId?.Trim();
            submitted.Title = SourceTitle;
            submitted.Type = TypeOf(Mode);
        }
    }
}
