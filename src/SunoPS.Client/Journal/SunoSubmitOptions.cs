namespace SunoPS.Client.Journal
{
    /// <summary>How one submission is made: with an idempotency key, the same request is never paid for twice.</summary>
    public sealed class SunoSubmitOptions
    {
        /// <summary>
        /// A key of the caller's choosing: a submission with a key the journal already holds for the same request returns
        /// that task instead of submitting; for a different request it is refused. Needs the journal.
        /// </summary>
        public string? IdempotencyKey { get; set; }

        /// <summary>The request's fingerprint, when the caller computed it before changing the request (uploads put real URLs in).</summary>
        public string? Fingerprint { get; set; }
    }
}
