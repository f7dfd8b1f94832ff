using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SunoPS.Infrastructure
{
    /// <summary>Tab-completes the documented stem names of an advanced separation, quoted where they hold a space.</summary>
    public sealed class StemNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return SunoStemNames.All
                .Where(n => n.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n.IndexOf(' ') >= 0 ? "'" + n + "'" : n, n, CompletionResultType.ParameterValue, n));
        }
    }

    public sealed class VoiceLanguageCompleter : FixedValuesCompleter
    {
        public VoiceLanguageCompleter() : base("en", "zh", "es", "fr", "pt", "de", "ja", "ko", "hi", "ru")
        {
        }
    }

    public sealed class SingerSkillLevelCompleter : FixedValuesCompleter
    {
        public SingerSkillLevelCompleter() : base("beginner", "intermediate", "advanced", "professional")
        {
        }
    }
}
