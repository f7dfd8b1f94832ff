using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SunoPS.Infrastructure
{
    /// <summary>Tab-completes the documented models; any other string is still accepted (new models appear).</summary>
    public sealed class ModelCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return SunoModelCatalog.KnownModels
                .Where(m => m.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(m => new CompletionResult(m, m, CompletionResultType.ParameterValue, m));
        }
    }

    /// <summary>Tab-completes a fixed list of values.</summary>
    public abstract class FixedValuesCompleter : IArgumentCompleter
    {
        private readonly string[] _values;

        protected FixedValuesCompleter(params string[] values) => _values = values;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return _values
                .Where(v => v.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }
    }

    public sealed class VocalGenderCompleter : FixedValuesCompleter
    {
        public VocalGenderCompleter() : base("m", "f")
        {
        }
    }

    public sealed class PersonaModelCompleter : FixedValuesCompleter
    {
        public PersonaModelCompleter() : base("style_persona", "voice_persona")
        {
        }
    }
}
