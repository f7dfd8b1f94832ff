using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SunoPS.Session;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Tab-completes -TaskId with the tasks this session has submitted or read, newest first, each described by its
    /// family, status and title; when the command has -Family bound, only tasks of that family.
    /// </summary>
    public sealed class TaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            SunoTaskFamily? family = null;
            if (fakeBoundParameters != null && fakeBoundParameters.Contains("Family") &&
                Enum.TryParse(Convert.ToString(fakeBoundParameters["Family"], System.Globalization.CultureInfo.InvariantCulture), true, out SunoTaskFamily f))
            {
                family = f;
            }

            return SessionStore.Current.Tasks.Recent()
                .Where(t => family == null || t.Family == family)
                .Where(t => t.TaskId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .GroupBy(t => t.TaskId, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                .Take(50)
                .Select(t => new CompletionResult(t.TaskId, t.TaskId + "  " + t.Family + " " + t.Status,
                    CompletionResultType.ParameterValue, t.Family + ", " + t.Status + (string.IsNullOrEmpty(t.Title) ? "" : ", '" + t.Title + "'")));
        }
    }

    /// <summary>Tab-completes -FileNameTemplate with its tokens ({Title}, {ShortId}, …), after what is typed so far.</summary>
    public sealed class FileNameTokenCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            var open = typed.LastIndexOf('{');
            var head = open >= 0 && typed.IndexOf('}', open) < 0 ? typed.Substring(0, open) : typed;
            var partial = open >= 0 && typed.IndexOf('}', open) < 0 ? typed.Substring(open + 1) : "";
            return Client.Downloads.FileNameTemplate.Tokens
                .Where(t => t.StartsWith(partial, StringComparison.OrdinalIgnoreCase))
                .Select(t => head + "{" + t + "}")
                .Select(text => new CompletionResult("'" + text.Replace("'", "''") + "'", text, CompletionResultType.ParameterValue, text));
        }
    }
}
