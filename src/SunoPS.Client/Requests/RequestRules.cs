using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>Checks several endpoints share: lengths, weights, models, URLs, windows of time.</summary>
    internal static class RequestRules
    {
        /// <summary>Uploaded audio for covers and extensions: at most 8 minutes, and 1 minute for V4_5ALL (suno-api.md §3.2).</summary>
        public const double UploadLimitSeconds = 8 * 60;
        public const double UploadLimitSecondsV45All = 60;

        /// <summary>
        /// A model the endpoint does not take. Only documented models are refused: one this module does not know yet
        /// is passed on, since new models appear before the module knows them.
        /// </summary>
        public static void CheckModel(List<SunoProblem> problems, string? model, params string[] allowed)
        {
            if (string.IsNullOrWhiteSpace(model)) return;
            var documented = string.Equals(model, "V3_5", StringComparison.OrdinalIgnoreCase) || SunoModelCatalog.LimitsOf(model!) != null;
            if (documented && Array.FindIndex(allowed, a => string.Equals(a, model, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                problems.Add(new SunoProblem("model", SunoProblemRule.NotAllowedValue) { Value = model, Allowed = allowed });
            }
        }

        /// <summary>A required URL of audio the API fetches (an upload, a recording): present, absolute, http or https.</summary>
        public static void CheckAudioUrl(List<SunoProblem> problems, string field, string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.Required));
            }
            else if (!IsHttpUrl(url!))
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.NotHttpUrl) { Value = url });
            }
        }

        public static bool IsHttpUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        /// <summary>An upload to cover or extend, when its length is known: within 8 minutes, 1 minute for V4_5ALL.</summary>
        public static void CheckUploadLength(List<SunoProblem> problems, string field, double? seconds, string? model)
        {
            if (!seconds.HasValue) return;
            var v45All = string.Equals(model, "V4_5ALL", StringComparison.OrdinalIgnoreCase);
            var limit = v45All ? UploadLimitSecondsV45All : UploadLimitSeconds;
            if (seconds.Value > limit)
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.AudioTooLong)
                    { Value = Math.Round(seconds.Value, 2), Maximum = limit, Condition = v45All ? "model V4_5ALL" : "an uploaded audio" });
            }
        }

        /// <summary>
        /// A window of <paramref name="startField"/>…<paramref name="endField"/> seconds: start ≥ 0, end after start,
        /// its length within <paramref name="shortest"/>…<paramref name="longest"/>, and inside the source when its length is known.
        /// </summary>
        public static void CheckWindow(List<SunoProblem> problems, string startField, double? start, string endField, double? end,
            double shortest, double longest, double? sourceSeconds)
        {
            if (start.HasValue && (double.IsNaN(start.Value) || start < 0))
                problems.Add(new SunoProblem(startField, SunoProblemRule.OutOfRange) { Value = start, Minimum = 0, Maximum = sourceSeconds });
            if (!start.HasValue || !end.HasValue || double.IsNaN(end.Value) || start < 0) return;

            if (end <= start)
            {
                problems.Add(new SunoProblem(endField, SunoProblemRule.NotAfter) { Value = end, RelatedField = startField });
                return;
            }

            var length = Math.Round(end.Value - start.Value, 2);
            if (length < shortest || length > longest)
            {
                problems.Add(new SunoProblem(endField, SunoProblemRule.WindowOutOfRange)
                    { Value = length, RelatedField = startField, Minimum = shortest, Maximum = longest });
            }

            if (sourceSeconds.HasValue && end > sourceSeconds.Value + 0.005)
            {
                problems.Add(new SunoProblem(endField, SunoProblemRule.OutOfRange)
                    { Value = end, Minimum = 0, Maximum = Math.Round(sourceSeconds.Value, 2), Condition = "the source's length" });
            }
        }

        public static void CheckLength(List<SunoProblem> problems, string field, string? value, int limit, string condition)
        {
            if (value != null && value.Length > limit)
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.TooLong) { Value = value.Length, Limit = limit, Condition = condition });
            }
        }

        public static void CheckWeight(List<SunoProblem> problems, string field, double? value)
        {
            // NaN is also what a weight that is not a number (a CSV cell such as "abc") is read as.
            if (value.HasValue && (double.IsNaN(value.Value) || value < 0 || value > 1))
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.OutOfRange) { Value = value, Minimum = 0, Maximum = 1 });
            }
        }

        public static void CheckOneOf(List<SunoProblem> problems, string field, string? value, params string[] allowed)
        {
            if (value != null && Array.IndexOf(allowed, value) < 0)
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.NotAllowedValue) { Value = value, Allowed = allowed });
            }
        }

        /// <summary>A callback must be an absolute http(s) URL; null means the placeholder is sent.</summary>
        /// <param name="field">The endpoint's name for it (voice regenerate spells it <c>calBackUrl</c>).</param>
        public static void CheckCallback(List<SunoProblem> problems, string? callbackUrl, string field = "callBackUrl")
        {
            if (callbackUrl != null && !IsHttpUrl(callbackUrl))
            {
                problems.Add(new SunoProblem(field, SunoProblemRule.NotHttpUrl) { Value = callbackUrl });
            }
        }

        public static void CheckRequired(List<SunoProblem> problems, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add(new SunoProblem(field, SunoProblemRule.Required));
        }
    }
}
