using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/generate/generate-persona (synchronous): a persona from a finished track's vocals
    /// between vocalStart and vocalEnd, a window of 10–30 s (suno-api.md §4.14). One persona per track.
    /// </summary>
    public sealed class PersonaRequest
    {
        public const double ShortestWindow = 10;
        public const double LongestWindow = 30;

        public string? TaskId { get; set; }
        public string? AudioId { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }

        /// <summary>Seconds; the API's default is 0.</summary>
        public double? VocalStart { get; set; }

        /// <summary>Seconds; the API's default is 30.</summary>
        public double? VocalEnd { get; set; }
        public string? Style { get; set; }

        /// <summary>The track's length when known; the window must fit in it. Not sent.</summary>
        public double? SourceDuration { get; set; }

        public IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckRequired(problems, "taskId", TaskId);
            RequestRules.CheckRequired(problems, "audioId", AudioId);
            RequestRules.CheckRequired(problems, "name", Name);
            RequestRules.CheckRequired(problems, "description", Description);
            RequestRules.CheckWindow(problems, "vocalStart", VocalStart ?? 0, "vocalEnd", VocalEnd ?? 30, ShortestWindow, LongestWindow, SourceDuration);
            return problems;
        }

        internal SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(System.StringComparer.Ordinal)
            {
                ["audioId"] = AudioId?.Trim(),
                ["description"] = Description,
                ["name"] = Name,
                ["style"] = Style,
                ["taskId"] = TaskId?.Trim(),
                ["vocalEnd"] = VocalEnd,
                ["vocalStart"] = VocalStart,
            };
    }
}
