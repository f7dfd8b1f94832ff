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

        /// <summary>
        /// Called (from a background thread) each time the submission waits for its turn under the API's limit of 20 per
        /// 10 s, with how long it expects to wait (null: until a submission in flight is answered). For a notice only.
        /// </summary>
        public System.Action<System.TimeSpan?>? Paced { get; set; }
    }
}
