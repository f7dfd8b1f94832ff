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

        /// <summary>Session (Set-SunoApiKey), Environment ($env:SUNO_API_KEY) or None.</summary>
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

        public override string ToString() => Source + " " + (MaskedKey ?? "(no key)") + " " + BaseUri;
    }
}
