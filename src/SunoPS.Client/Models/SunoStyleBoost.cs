using System;

namespace SunoPS
{
    /// <summary>A style text boosted by style/generate, with what it cost (credits are decimals here).</summary>
    public sealed class SunoStyleBoost
    {
        /// <summary>The text that was sent.</summary>
        public string Content { get; internal set; } = "";

        /// <summary>The boosted style (the API's <c>result</c>).</summary>
        public string? Style { get; internal set; }

        public decimal? CreditsConsumed { get; internal set; }
        public decimal? CreditsRemaining { get; internal set; }
        public string? TaskId { get; internal set; }

        /// <summary>The API's successFlag: "0" pending, "1" success, "2" failed.</summary>
        public string? SuccessFlag { get; internal set; }
        public int? ErrorCode { get; internal set; }
        public string? ErrorMessage { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }

        public override string ToString() => Style ?? "";
    }
}
