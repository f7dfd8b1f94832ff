using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/midi/generate (suno-api.md §4.20): MIDI from a finished split_stem separation, of all
    /// its stems or of one (<c>audioId</c>, a stem's <c>originData[].id</c>).
    /// </summary>
    public sealed class MidiRequest : SunoSubmission
    {
        private static readonly ApiEndpoint MidiEndpoint = new ApiEndpoint("api/v1/midi/generate", SunoTaskFamily.Midi);

        /// <summary>The separation task (made with split_stem).</summary>
        public string? TaskId { get; set; }

        /// <summary>One stem; null for all.</summary>
        public string? AudioId { get; set; }

        /// <summary>The API requires one; the placeholder is sent when this is null.</summary>
        public string? CallbackUrl { get; set; }

        /// <summary>The source's title when known, carried to the MIDI task and its file.</summary>
        public string? SourceTitle { get; set; }

        internal override ApiEndpoint Endpoint => MidiEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            RequestRules.CheckRequired(problems, "taskId", TaskId);
            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["audioId"] = string.IsNullOrWhiteSpace(AudioId) ? null : AudioId!.Trim(),
                ["callBackUrl"] = CallbackUrl ?? SunoClient.PlaceholderCallbackUrl,
                ["taskId"] = TaskId?.Trim(),
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.SourceAudioId = string.IsNullOrWhiteSpace(AudioId) ? null : AudioId!.Trim();
            submitted.Title = SourceTitle;
        }
    }
}
