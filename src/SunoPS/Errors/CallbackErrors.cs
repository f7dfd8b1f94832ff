using System.Management.Automation;
using SunoPS.Client.Errors;

namespace SunoPS.Errors
{
    /// <summary>A callback body that cannot be read: its own stable id, with the input as the target.</summary>
    internal static class CallbackErrors
    {
        public const string InvalidId = "SunoCallbackInvalid";

        public static ErrorRecord Invalid(SunoException error, object? input)
        {
            var record = new ErrorRecord(error, InvalidId, ErrorCategory.InvalidData, input);
            record.ErrorDetails = new ErrorDetails(error.Message)
            {
                RecommendedAction = "Pass the body the API posted (the JSON text, or $WebhookData in a runbook); add -Family when the body's family is known.",
            };
            return record;
        }
    }
}
