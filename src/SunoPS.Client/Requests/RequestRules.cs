using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Requests
{
    /// <summary>Checks several endpoints share: lengths, weights, callback URLs.</summary>
    internal static class RequestRules
    {
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

        /// <summary>A required absolute http(s) URL (a recording the API fetches).</summary>
        public static void CheckRequiredUrl(List<SunoProblem> problems, string field, string? url)
        {
            if (string.IsNullOrWhiteSpace(url)) problems.Add(new SunoProblem(field, SunoProblemRule.Required));
            else if (!IsHttpUrl(url!)) problems.Add(new SunoProblem(field, SunoProblemRule.NotHttpUrl) { Value = url });
        }

        public static void CheckRequired(List<SunoProblem> problems, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add(new SunoProblem(field, SunoProblemRule.Required));
        }

        private static bool IsHttpUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
