using SunoPS.Client.Errors;

namespace SunoPS.Errors
{
    /// <summary>The one rule for which failures stop a whole command instead of failing one item.</summary>
    internal static class ErrorRules
    {
        /// <summary>A missing or rejected key, or an empty account, would fail every further item the same way.</summary>
        public static bool StopsCommand(SunoErrorKind kind) =>
            kind == SunoErrorKind.ApiKeyMissing || kind == SunoErrorKind.AuthenticationFailed || kind == SunoErrorKind.InsufficientCredits;
    }
}
