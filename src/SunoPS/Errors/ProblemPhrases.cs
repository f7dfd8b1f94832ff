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
            ["calBackUrl"] = "CallbackUri",
            ["uploadUrl"] = "UploadUri",
            ["uploadUrlList"] = "UploadUri",
            ["defaultParamFlag"] = "UseCustomParameters",
            ["infillStartS"] = "SectionStart",
            ["infillEndS"] = "SectionEnd",
            ["soundTempo"] = "Tempo",
            ["soundKey"] = "Key",
            ["soundLoop"] = "Loop",
            ["content"] = "Style",
            ["fileUrl"] = "Uri",
            ["file"] = "Path",
            ["sunoTaskId"] = "TaskId",
            ["type"] = "Mode",
            ["voiceUrl"] = "UploadUri",
            ["verifyUrl"] = "UploadUri",
            ["vocalStartS"] = "VocalStart",
            ["vocalEndS"] = "VocalEnd",
            ["voiceName"] = "Name",
            ["task_id"] = "TaskId",
        };

        public static string ParameterOf(string field, IReadOnlyDictionary<string, string>? overrides = null) =>
            "-" + (overrides != null && overrides.TryGetValue(field, out var own) ? own
                : Parameters.TryGetValue(field, out var name) ? name
                : field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field.Substring(1));

        public static string Describe(IEnumerable<SunoProblem> problems, IReadOnlyDictionary<string, string>? overrides = null) =>
            string.Join(" ", problems.Select(p => Describe(p, overrides)));

        public static string Describe(SunoProblem problem, IReadOnlyDictionary<string, string>? overrides = null)
        {
            var parameter = ParameterOf(problem.Field, overrides);
            switch (problem.Rule)
            {
                case SunoProblemRule.Required:
                    return parameter + " is required" + (problem.Condition == null ? "" : " in " + problem.Condition) + ".";
                case SunoProblemRule.TooLong:
                    return string.Format(CultureInfo.InvariantCulture, "{0} has {1} characters; {2} allows {3}.",
                        parameter, problem.Value, problem.Condition, problem.Limit);
                case SunoProblemRule.OutOfRange when problem.Maximum == null:
                    return problem.Condition == null
                        ? string.Format(CultureInfo.InvariantCulture, "{0} must be at least {1}.", parameter, problem.Minimum)
                        : string.Format(CultureInfo.InvariantCulture, "{0} must be {1} (it is {2}).", parameter, problem.Condition, problem.Value);
                case SunoProblemRule.OutOfRange:
                    return problem.Condition != null
                        ? string.Format(CultureInfo.InvariantCulture, "{0} must be {1} ({2} to {3}); it is {4}.",
                            parameter, problem.Condition, problem.Minimum, problem.Maximum, problem.Value)
                        : string.Format(CultureInfo.InvariantCulture, "{0} must be a number between {1} and {2}.",
                            parameter, problem.Minimum, problem.Maximum);
                case SunoProblemRule.NotAllowedValue:
                    return parameter + " must be " + string.Join(" or ", (problem.Allowed ?? new string[0]).Select(a => "'" + a + "'")) +
                           (problem.Value == null ? "" : ", not '" + problem.Value + "'") + ".";
                case SunoProblemRule.NotApplicable:
                    return parameter + (problem.Value == null ? "" : " " + problem.Value) + " works in " + problem.Condition + " only.";
                case SunoProblemRule.NotHttpUrl:
                    return parameter + " must be an absolute http or https URL.";
                case SunoProblemRule.Malformed:
                    return parameter + " '" + problem.Value + "' is not valid: it must be " + problem.Condition + ".";
                case SunoProblemRule.NotAfter:
                    return string.Format(CultureInfo.InvariantCulture, "{0} ({1}) must be later than {2}.",
                        parameter, problem.Value, ParameterOf(problem.RelatedField ?? "", overrides));
                case SunoProblemRule.WindowOutOfRange:
                    return string.Format(CultureInfo.InvariantCulture, "{0} to {1} spans {2} seconds; it must span {3} to {4} seconds{5}.",
                        ParameterOf(problem.RelatedField ?? "", overrides), parameter, problem.Value, problem.Minimum, problem.Maximum,
                        problem.Condition == null ? "" : " (at most " + problem.Condition + ")");
                case SunoProblemRule.WrongCount:
                    return string.Format(CultureInfo.InvariantCulture, "Exactly {0} audios are required ({1}); {2} were given.",
                        problem.Limit, parameter, problem.Value);
                case SunoProblemRule.AudioTooLong:
                    return string.Format(CultureInfo.InvariantCulture, "The audio of {0} is {1} seconds long; {2} allows at most {3} seconds.",
                        parameter, problem.Value, problem.Condition, problem.Maximum);
                case SunoProblemRule.FileNotFound:
                    return parameter + " '" + problem.Value + "' is not a file that can be read.";
                default:
                    return parameter + " is not valid.";
            }
        }
    }
}
