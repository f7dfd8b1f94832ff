using System;
using System.Collections.Generic;

namespace SunoPS.Client.Errors
{
    /// <summary>
    /// The one exception type of the client. <see cref="Kind"/> says what happened; the cmdlet layer maps it
    /// to an ErrorRecord in one place. Messages never contain the API key, and name no cmdlet or parameter.
    /// </summary>
    public sealed class SunoException : Exception
    {
        private static readonly IReadOnlyList<SunoProblem> NoProblems = new SunoProblem[0];

        public SunoException(SunoErrorKind kind, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
        }

        public SunoException(IReadOnlyList<SunoProblem> problems)
            : base("The request breaks the API's documented rules: " + string.Join("; ", problems) + ".")
        {
            Kind = SunoErrorKind.InvalidRequest;
            Problems = problems;
        }

        public SunoErrorKind Kind { get; }

        /// <summary>The <c>code</c> the API put in its body (or its HTTP status when the body had none).</summary>
        public int? ApiCode { get; set; }

        /// <summary>The HTTP status of the answer, when there was one.</summary>
        public int? HttpStatus { get; set; }

        /// <summary>The task id, track id or URL the failure is about.</summary>
        public object? Target { get; set; }

        /// <summary>The task the API already has, when it refused a repeat by naming it (cover art of a music task).</summary>
        public string? ExistingTaskId { get; set; }

        /// <summary>How long the server asked us to wait, when it said so.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>How many attempts were made before giving up.</summary>
        public int Attempts { get; set; } = 1;

        /// <summary>
        /// A submission failed in a way that does not prove the server refused it (a time-out, a reset, a 5xx): it
        /// may have been accepted and charged, so the caller must check before submitting again.
        /// </summary>
        public bool MayHaveBeenAccepted { get; set; }

        /// <summary>The rules a request broke, when it was refused before sending.</summary>
        public IReadOnlyList<SunoProblem> Problems { get; } = NoProblems;
    }
}
