using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/generate/replace-section: a window of a song sung again with new lyrics, in a
    /// generated track (taskId + audioId) or an uploaded audio (uploadUrl + model) (suno-api.md §4.9).
    /// </summary>
    public sealed class ReplaceSectionRequest : SunoSubmission
    {
        private static readonly ApiEndpoint ReplaceEndpoint = new ApiEndpoint("api/v1/generate/replace-section", SunoTaskFamily.Music);

        /// <summary>The window's documented length, in seconds.</summary>
        public const double ShortestWindow = 6;
        public const double LongestWindow = 60;

        public string? TaskId { get; set; }
        public string? AudioId { get; set; }
        public string? UploadUrl { get; set; }

        /// <summary>Upload mode only (the track mode uses the track's own).</summary>
        public string? Model { get; set; }

        /// <summary>The lyrics of the replaced section (the API's <c>prompt</c>).</summary>
        public string? Prompt { get; set; }

        /// <summary>The style (the API's <c>tags</c>).</summary>
        public string? Tags { get; set; }
        public string? Title { get; set; }
        public string? NegativeTags { get; set; }

        /// <summary>The complete lyrics after the edit.</summary>
        public string? FullLyrics { get; set; }

        public double? InfillStartS { get; set; }
        public double? InfillEndS { get; set; }

        /// <summary>The source's length in seconds when known; the window must fit in it and be at most half of it. Not sent.</summary>
        public double? SourceDuration { get; set; }

        /// <summary>Optional here: nothing is sent when null.</summary>
        public string? CallbackUrl { get; set; }

        public bool ReplacesInUpload => !string.IsNullOrWhiteSpace(UploadUrl);

        internal override ApiEndpoint Endpoint => ReplaceEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            var hasTrack = !string.IsNullOrWhiteSpace(TaskId) || !string.IsNullOrWhiteSpace(AudioId);
            if (ReplacesInUpload)
            {
                if (hasTrack) problems.Add(new SunoProblem("uploadUrl", SunoProblemRule.NotApplicable) { Condition = "a section of an upload, not of a track" });
                RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
                if (string.IsNullOrWhiteSpace(Model)) problems.Add(new SunoProblem("model", SunoProblemRule.Required) { Condition = "a section of an upload" });
            }
            else
            {
                if (string.IsNullOrWhiteSpace(TaskId)) problems.Add(new SunoProblem("taskId", SunoProblemRule.Required));
                if (string.IsNullOrWhiteSpace(AudioId)) problems.Add(new SunoProblem("audioId", SunoProblemRule.Required));
                if (!string.IsNullOrEmpty(Model)) problems.Add(new SunoProblem("model", SunoProblemRule.NotApplicable) { Condition = "a section of an upload" });
            }

            RequestRules.CheckRequired(problems, "prompt", Prompt);
            RequestRules.CheckRequired(problems, "tags", Tags);
            RequestRules.CheckRequired(problems, "title", Title);
            RequestRules.CheckRequired(problems, "fullLyrics", FullLyrics);
            if (!InfillStartS.HasValue) problems.Add(new SunoProblem("infillStartS", SunoProblemRule.Required));
            if (!InfillEndS.HasValue) problems.Add(new SunoProblem("infillEndS", SunoProblemRule.Required));
            RequestRules.CheckWindow(problems, "infillStartS", InfillStartS, "infillEndS", InfillEndS, ShortestWindow, LongestWindow, SourceDuration);
            if (SourceDuration.HasValue && InfillStartS.HasValue && InfillEndS.HasValue && InfillEndS > InfillStartS &&
                InfillEndS.Value - InfillStartS.Value > SourceDuration.Value / 2 + 0.005)
            {
                problems.Add(new SunoProblem("infillEndS", SunoProblemRule.WindowOutOfRange)
                {
                    Value = Math.Round(InfillEndS.Value - InfillStartS.Value, 2),
                    RelatedField = "infillStartS",
                    Minimum = ShortestWindow,
                    Maximum = Math.Round(SourceDuration.Value / 2, 2),
                    Condition = "half of the source's length",
                });
            }

            RequestRules.CheckCallback(problems, CallbackUrl);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields() =>
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["audioId"] = ReplacesInUpload ? null : AudioId?.Trim(),
                ["callBackUrl"] = CallbackUrl,
                ["fullLyrics"] = FullLyrics,
                ["infillEndS"] = InfillEndS.HasValue ? Math.Round(InfillEndS.Value, 2) : (double?)null,
                ["infillStartS"] = InfillStartS.HasValue ? Math.Round(InfillStartS.Value, 2) : (double?)null,
                ["model"] = ReplacesInUpload ? Model : null,
                ["negativeTags"] = NegativeTags,
                ["prompt"] = Prompt,
                ["tags"] = Tags,
                ["taskId"] = ReplacesInUpload ? null : TaskId?.Trim(),
                ["title"] = Title,
                ["uploadUrl"] = ReplacesInUpload ? UploadUrl!.Trim() : null,
            };

        internal override void Describe(SunoTask submitted)
        {
            submitted.OperationType = "replace_section";
            submitted.Prompt = Prompt;
            submitted.Style = Tags;
            submitted.Title = Title;
            submitted.Model = Model;
            if (!ReplacesInUpload) submitted.SourceAudioId = AudioId?.Trim();
        }
    }
}
