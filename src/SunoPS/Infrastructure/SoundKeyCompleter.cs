using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SunoPS.Client.Requests;

namespace SunoPS.Infrastructure
{
    /// <summary>Tab-completes the documented sound keys; keys with '#' are quoted so the shell does not read a comment.</summary>
    public sealed class SoundKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return GenerateSoundRequest.Keys
                .Where(k => k.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(k => new CompletionResult(k.IndexOf('#') >= 0 ? "'" + k + "'" : k, k, CompletionResultType.ParameterValue, k));
        }
    }
}
