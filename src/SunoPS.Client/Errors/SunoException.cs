using System;

namespace SunoPS.Client.Errors
{
    /// <summary>
    /// The one exception type of the client. <see cref="Kind"/> says what happened; the cmdlet layer maps it
    /// to an ErrorRecord in one place. Messages never contain the API key.
    /// </summary>
    public sealed class SunoException : Exception
    {
        public SunoException(SunoErrorKind kind, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
        }

        public SunoErrorKind Kind { get; }

        /// <summary>The <c>code</c> the API put in its body (or its HTTP status when the body had none).</summary>
        public int? ApiCode { get; set; }

        /// <summary>The HTTP status of the answer, when there was one.</summary>
        public int? HttpStatus { get; set; }

        /// <summary>The task id, track id or URL the failure is about.</summary>
        public object? Target { get; set; }

        /// <summary>How long the server asked us to wait, when it said so.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>How many attempts were made before giving up.</summary>
        public int Attempts { get; set; } = 1;

        public SunoException WithTarget(object? target)
        {
            Target = target;
            return this;
        }
    }
}
