using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SunoPS.Session;

namespace SunoPS.Infrastructure
{
    /// <summary>Tab-completes -Profile and -Name with the profiles of this process, each with its base URI and masked key.</summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return SunoProfiles.All()
                .Where(p => p.ProfileName!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(p.ProfileName, p.ProfileName, CompletionResultType.ParameterValue,
                    p.ProfileName + ": " + (p.MaskedKey() ?? "no key") + ", " + SafeBaseUri(p)));
        }

        private static string SafeBaseUri(SunoSession profile)
        {
            try
            {
                return profile.EffectiveBaseUri.ToString();
            }
            catch (Client.Errors.SunoException)
            {
                return "$env:" + SunoSession.BaseUriVariable + " (unusable)";
            }
        }
    }
}
