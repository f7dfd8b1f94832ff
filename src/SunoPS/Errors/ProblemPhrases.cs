using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SunoPS.Client.Errors;

namespace SunoPS.Errors
{
    /// <summary>
    /// Turns the client's structured problems (API field, rule, limit) into sentences that name the cmdlet's own
    /// parameters. The one place where request rules become words.
    /// </summary>
    internal static class ProblemPhrases
    {
        /// <summary>API fields whose parameter is not simply the field name with a capital letter.</summary>
        private static readonly Dictionary<string, string> Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["callBackUrl"] = "CallbackUri",
            ["type"] = "Mode",
            ["calBackUrl"] = "CallbackUri",
            ["voiceUrl"] = "UploadUri",
            ["verifyUrl"] = "UploadUri",
            ["vocalStartS"] = "VocalStart",
            ["vocalEndS"] = "VocalEnd",
            ["voiceName"] = "Name",
            ["task_id"] = "TaskId",
        };

        public static string ParameterOf(string field) =>
            "-" + (Parameters.TryGetValue(field, out var name) ? name : field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field.Substring(1));

        public static string Describe(IEnumerable<SunoProblem> problems) => string.Join(" ", problems.Select(Describe));

        public static string Describe(SunoProblem problem)
        {
            var parameter = ParameterOf(problem.Field);
            switch (problem.Rule)
            {
                case SunoProblemRule.Required:
                    return parameter + " is required" + (problem.Condition == null ? "" : " in " + problem.Condition) + ".";
                case SunoProblemRule.TooLong:
                    return string.Format(CultureInfo.InvariantCulture, "{0} has {1} characters; {2} allows {3}.",
                        parameter, problem.Value, problem.Condition, problem.Limit);
                case SunoProblemRule.OutOfRange when problem.Maximum == null:
                    return string.Format(CultureInfo.InvariantCulture, "{0} must be at least {1}.", parameter, problem.Minimum);
                case SunoProblemRule.OutOfRange:
                    return string.Format(CultureInfo.InvariantCulture, "{0} must be a number between {1} and {2}.",
                        parameter, problem.Minimum, problem.Maximum);
                case SunoProblemRule.NotAllowedValue:
                    return parameter + " must be " + string.Join(" or ", (problem.Allowed ?? new string[0]).Select(a => "'" + a + "'")) +
                           (problem.Value == null ? "" : ", not '" + problem.Value + "'") + ".";
                case SunoProblemRule.NotApplicable:
                    return parameter + (problem.Value == null ? "" : " " + problem.Value) + " works in " + problem.Condition + " only.";
                case SunoProblemRule.NotHttpUrl:
                    return parameter + " must be an absolute http or https URL.";
                case SunoProblemRule.NotGreaterThan:
                    return parameter + " must be greater than " + ParameterOf(problem.Condition ?? "") + ".";
                default:
                    return parameter + " is not valid.";
            }
        }
    }
}
