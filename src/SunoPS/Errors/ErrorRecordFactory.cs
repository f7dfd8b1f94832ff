using System;
using System.Management.Automation;
using SunoPS.Client.Errors;

namespace SunoPS.Errors
{
    /// <summary>
    /// The one place where client failures become ErrorRecords, with stable ids (documented in the README;
    /// PowerShell appends ",&lt;cmdlet class&gt;") and sensible categories.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        /// <summary>Said of a submission whose fate is unknown: it may have been accepted and charged.</summary>
        public const string CheckBeforeResubmitting = "Check Get-SunoTask or Get-SunoCredit before submitting again.";

        /// <summary>Said of a submission of unknown outcome: how to find out, and that nothing was sent again.</summary>
        public const string HowToCheckOutcome = "The module did not submit it again. To find out whether it was accepted and charged, compare " +
                                                "Get-SunoCredit now with the balance before, and look for the task with Get-SunoTask -Recent (the " +
                                                "task journal records this submission as of unknown outcome) before submitting again.";

        public static ErrorRecord From(SunoException error, object? target = null,
            System.Collections.Generic.IReadOnlyDictionary<string, string>? parameterNames = null)
        {
            // The client names no cmdlet or parameter: the words a user acts on are added here.
            var exception = error.Problems.Count > 0
                ? new SunoException(SunoErrorKind.InvalidRequest, ProblemPhrases.Describe(error.Problems, parameterNames), error) { Target = error.Target }
                : error;
            var record = new ErrorRecord(exception, IdOf(error.Kind), CategoryOf(error.Kind), target ?? error.Target);
            var message = exception.Message;
            if (error.Kind == SunoErrorKind.ApiKeyMissing) message = message.TrimEnd() + " Run Set-SunoApiKey, or set the SUNO_API_KEY environment variable.";
            if (error.Kind == SunoErrorKind.AuthenticationFailed && error.HttpStatus == null)
                message = message.TrimEnd() + " Fix the key: set it again with Set-SunoApiKey, or correct the SUNO_API_KEY environment variable.";
            var check = error.Kind == SunoErrorKind.SubmissionOutcomeUnknown ? HowToCheckOutcome : CheckBeforeResubmitting;
            if (error.MayHaveBeenAccepted) message = message.TrimEnd() + " " + check;
            var hint = error.MayHaveBeenAccepted ? check : RecommendedAction(error.Kind);
            if (hint != null || !ReferenceEquals(message, exception.Message))
            {
                record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = hint ?? "" };
            }

            return record;
        }

        /// <summary>Refused before sending: the request breaks documented rules (no credits spent).</summary>
        public static ErrorRecord Problems(System.Collections.Generic.IReadOnlyList<SunoProblem> problems, object? target,
            System.Collections.Generic.IReadOnlyDictionary<string, string>? parameterNames = null) =>
            From(new SunoException(problems), target, parameterNames);

        public static ErrorRecord InvalidArgument(string message, object? target, string id = "SunoInvalidRequest") =>
            new ErrorRecord(new ArgumentException(message), id, ErrorCategory.InvalidArgument, target);

        public static string IdOf(SunoErrorKind kind)
        {
            switch (kind)
            {
                case SunoErrorKind.ApiKeyMissing: return "SunoApiKeyMissing";
                case SunoErrorKind.AuthenticationFailed: return "SunoAuthenticationFailed";
                case SunoErrorKind.InsufficientCredits: return "SunoInsufficientCredits";
                case SunoErrorKind.RateLimited: return "SunoRateLimited";
                // Maintenance, an unreachable host and a host that never answers all mean "try again later".
                case SunoErrorKind.ServiceUnavailable:
                case SunoErrorKind.NetworkError:
                case SunoErrorKind.Timeout: return "SunoServiceUnavailable";
                case SunoErrorKind.InvalidRequest: return "SunoInvalidRequest";
                // A body that is not the API's JSON is the server's fault as much as a 500 is.
                case SunoErrorKind.ServerError:
                case SunoErrorKind.MalformedResponse: return "SunoServerError";
                case SunoErrorKind.TaskNotFound: return "SunoTaskNotFound";
                case SunoErrorKind.TaskFailed: return "SunoTaskFailed";
                case SunoErrorKind.WaitTimeout: return "SunoWaitTimeout";
                case SunoErrorKind.DownloadFailed: return "SunoDownloadFailed";
                case SunoErrorKind.TaskNotComplete: return "SunoTaskNotComplete";
                case SunoErrorKind.AlreadyExists: return "SunoAlreadyExists";
                case SunoErrorKind.SubmissionOutcomeUnknown: return "SunoSubmissionOutcomeUnknown";
                default: return "SunoError";
            }
        }

        private static ErrorCategory CategoryOf(SunoErrorKind kind)
        {
            switch (kind)
            {
                case SunoErrorKind.ApiKeyMissing:
                case SunoErrorKind.AuthenticationFailed: return ErrorCategory.AuthenticationError;
                case SunoErrorKind.InsufficientCredits: return ErrorCategory.QuotaExceeded;
                case SunoErrorKind.RateLimited: return ErrorCategory.LimitsExceeded;
                case SunoErrorKind.ServiceUnavailable: return ErrorCategory.ResourceUnavailable;
                case SunoErrorKind.NetworkError: return ErrorCategory.ConnectionError;
                case SunoErrorKind.Timeout:
                case SunoErrorKind.WaitTimeout: return ErrorCategory.OperationTimeout;
                case SunoErrorKind.InvalidRequest: return ErrorCategory.InvalidArgument;
                case SunoErrorKind.MalformedResponse: return ErrorCategory.InvalidData;
                case SunoErrorKind.TaskNotFound: return ErrorCategory.ObjectNotFound;
                case SunoErrorKind.TaskFailed:
                case SunoErrorKind.ServerError: return ErrorCategory.InvalidResult;
                case SunoErrorKind.DownloadFailed: return ErrorCategory.ReadError;
                case SunoErrorKind.TaskNotComplete: return ErrorCategory.ResourceUnavailable;
                case SunoErrorKind.AlreadyExists: return ErrorCategory.ResourceExists;
                // The request went out and its answer was lost: the operation stopped without a result either way.
                case SunoErrorKind.SubmissionOutcomeUnknown: return ErrorCategory.OperationStopped;
                default: return ErrorCategory.NotSpecified;
            }
        }

        private static string? RecommendedAction(SunoErrorKind kind)
        {
            switch (kind)
            {
                case SunoErrorKind.ApiKeyMissing: return "Run Set-SunoApiKey, or set $env:SUNO_API_KEY. Keys are at https://sunoapi.org/api-key.";
                case SunoErrorKind.AuthenticationFailed: return "Check the key with Get-SunoApiKey and set the right one with Set-SunoApiKey.";
                case SunoErrorKind.InsufficientCredits: return "Add credits to the account; Get-SunoCredit shows the balance.";
                case SunoErrorKind.RateLimited: return "Wait a little and try again; submissions are limited to 20 per 10 seconds.";
                case SunoErrorKind.ServiceUnavailable:
                case SunoErrorKind.NetworkError:
                case SunoErrorKind.Timeout: return "Try again later.";
                case SunoErrorKind.TaskNotFound: return "Check the task id; Get-SunoTask takes the id New-SunoMusic returned.";
                case SunoErrorKind.WaitTimeout: return "Wait again with a longer -TimeoutSec; the task keeps running on the server.";
                case SunoErrorKind.TaskNotComplete: return "Pipe the task through Wait-SunoTask first, or add -Wait to Save-SunoTrack.";
                case SunoErrorKind.SubmissionOutcomeUnknown: return HowToCheckOutcome;
                case SunoErrorKind.AlreadyExists: return "The API has made this already: read the earlier task with Get-SunoTask instead of submitting again.";
                default: return null;
            }
        }
    }
}
