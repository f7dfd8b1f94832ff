using System;
using System.Net;
using SunoPS.Client.Timing;

namespace SunoPS.Client
{
    /// <summary>How a <see cref="SunoClient"/> talks to the API. Copied when the client is made.</summary>
    public sealed class SunoClientOptions
    {
        public static readonly Uri DefaultBaseUri = new Uri("https://api.sunoapi.org/");

        /// <summary>The documented file-upload host (suno-api.md §4.24).</summary>
        public static readonly Uri DefaultUploadBaseUri = new Uri("https://sunoapiorg.redpandaai.co/");

        /// <summary>The API's origin (or a gateway in front of it). The key is sent to this origin and the upload host only.</summary>
        public Uri BaseUri { get; set; } = DefaultBaseUri;

        /// <summary>The file-upload host; the only other origin that gets the key.</summary>
        public Uri UploadBaseUri { get; set; } = DefaultUploadBaseUri;

        /// <summary>
        /// Supplies the key for each request, so the plain text lives only as long as one request needs it.
        /// Returns null or empty when no key is set.
        /// </summary>
        public Func<string?>? ApiKeyProvider { get; set; }

        /// <summary>How long one HTTP request may take before it counts as timed out (and, for reads, is retried).</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long one upload attempt may take: a large file on a slow line needs far longer than an API call.</summary>
        public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>How many times a failed request is tried again when trying again is safe.</summary>
        public int MaxRetries { get; set; } = 4;

        /// <summary>The first retry waits about this long; each further one doubles it, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>No wait between retries is longer than this, whatever the server's Retry-After says.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Submissions allowed per <see cref="SubmitWindow"/> (the API documents 20 per 10 s).</summary>
        public int SubmitLimit { get; set; } = 20;

        public TimeSpan SubmitWindow { get; set; } = TimeSpan.FromSeconds(10);

        public string UserAgent { get; set; } = "SunoPS";

        /// <summary>The largest API or upload-host answer read, decompressed; a larger one is a server error.</summary>
        internal int MaxAnswerBytes { get; set; } = Http.AnswerBody.MaxBytes;

        /// <summary>Sends the key over plain http to a host other than loopback; off, such a base URI is refused before anything is sent.</summary>
        public bool AllowUnencryptedAuthentication { get; set; }

        /// <summary>
        /// The task journal's file (JSON Lines) where every accepted task id is recorded the moment it is accepted; null
        /// keeps no journal. The client reads no environment: its host decides where the journal lives.
        /// </summary>
        public string? JournalPath { get; set; }

        /// <summary>
        /// The proxy for every host the client talks to (the API, the upload host and the file hosts); null uses the
        /// system's (on .NET, HTTPS_PROXY, HTTP_PROXY and NO_PROXY; on .NET Framework, the Internet Options).
        /// </summary>
        public IWebProxy? Proxy { get; set; }

        /// <summary>How long a submission with an idempotency key waits for another one holding the journal's key lock.</summary>
        public TimeSpan JournalLockTimeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>What pacing and waiting read the time from (a manual clock in tests).</summary>
        internal SunoClock Clock { get; set; } = SunoClock.System;

        internal SunoClientOptions Clone() => (SunoClientOptions)MemberwiseClone();
    }
}
