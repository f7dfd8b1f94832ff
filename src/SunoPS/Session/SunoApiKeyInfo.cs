using System;

namespace SunoPS
{
    /// <summary>What Get-SunoApiKey shows: where the key comes from and a masked hint, never the key.</summary>
    public sealed class SunoApiKeyInfo
    {
        internal SunoApiKeyInfo(string source, string? maskedKey, Uri baseUri, int maximumRetryCount, double retryIntervalSec, double timeoutSec,
            Uri uploadBaseUri)
        {
            UploadBaseUri = uploadBaseUri;
            Source = source;
            MaskedKey = maskedKey;
            BaseUri = baseUri;
            MaximumRetryCount = maximumRetryCount;
            RetryIntervalSec = retryIntervalSec;
            TimeoutSec = timeoutSec;
        }

        /// <summary>
        /// Session (Set-SunoApiKey), Profile (Set-SunoApiKey -Name), Parameter (-ApiKey), Environment ($env:SUNO_API_KEY)
        /// or None.
        /// </summary>
        public string Source { get; }
        public bool IsSet => Source != "None";
        public string? MaskedKey { get; }
        public Uri BaseUri { get; }

        /// <summary>The file-upload host: the only other origin the key is sent to.</summary>
        public Uri UploadBaseUri { get; }

        // The settings in effect: what Set-SunoApiKey set, or else the defaults the requests use.
        public int MaximumRetryCount { get; }
        public double RetryIntervalSec { get; }
        public double TimeoutSec { get; }

        /// <summary>The named profile shown, or the one the settings come from (-Profile, $env:SUNO_PROFILE); null for none.</summary>
        public string? Profile { get; internal set; }

        /// <summary>The proxy set with Set-SunoApiKey -Proxy; null when the system's proxy settings apply.</summary>
        public Uri? Proxy { get; internal set; }

        /// <summary>True for a profile saved to disk, its key protected (DPAPI on Windows); profiles elsewhere last as long as the process.</summary>
        public bool Persisted { get; internal set; }

        /// <summary>Where a profile is kept: the file and its protection, or why it is kept for this process only. Null for a session.</summary>
        public string? StoredIn { get; internal set; }

        public override string ToString() => Source + " " + (MaskedKey ?? "(no key)") + " " + BaseUri;
    }
}
