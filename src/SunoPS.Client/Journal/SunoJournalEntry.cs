using System;

namespace SunoPS.Client.Journal
{
    /// <summary>One line of the task journal: a submission the API accepted ("submitted"), or one whose outcome is unknown ("unknown").</summary>
    public sealed class SunoJournalEntry
    {
        public const string Submitted = "submitted";
        public const string Unknown = "unknown";

        public DateTimeOffset Time { get; set; }

        /// <summary><see cref="Submitted"/> or <see cref="Unknown"/>.</summary>
        public string Event { get; set; } = Submitted;

        /// <summary>Null for an outcome that is unknown: the API named no task.</summary>
        public string? TaskId { get; set; }

        public SunoTaskFamily Family { get; set; }

        /// <summary>The endpoint's path relative to the API's base (api/v1/generate).</summary>
        public string Endpoint { get; set; } = "";

        public string? IdempotencyKey { get; set; }

        /// <summary>SHA-256 of the request's fields (see <see cref="RequestFingerprint"/>).</summary>
        public string Fingerprint { get; set; } = "";

        /// <summary>The API origin's host, with its port when not the scheme's default (never the key).</summary>
        public string Host { get; set; } = "";
    }
}
