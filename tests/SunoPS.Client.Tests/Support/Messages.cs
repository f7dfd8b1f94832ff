using System.Text.RegularExpressions;
using Xunit;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>The client speaks of the API, never of the module's commands: the cmdlet layer phrases that part.</summary>
    internal static class Messages
    {
        // Verb-SunoNoun, as every command of the module is named; also its environment variable.
        private static readonly Regex Command = new Regex(@"\b[A-Z][a-z]+-Suno[A-Za-z]*\b|SUNO_API_KEY", RegexOptions.CultureInvariant);

        public static void AssertNamesNoCommand(string message) =>
            Assert.False(Command.IsMatch(message), "The message names a command of the module: " + message);
    }
}
