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
        public static void CheckCallback(List<SunoProblem> problems, string? callbackUrl)
        {
            if (callbackUrl != null &&
                (!Uri.TryCreate(callbackUrl, UriKind.Absolute, out var callback) ||
                 (callback.Scheme != Uri.UriSchemeHttp && callback.Scheme != Uri.UriSchemeHttps)))
            {
                problems.Add(new SunoProblem("callBackUrl", SunoProblemRule.NotHttpUrl) { Value = callbackUrl });
            }
        }
    }
}
