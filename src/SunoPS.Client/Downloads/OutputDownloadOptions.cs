using System;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Downloads
{
    /// <summary>How an <see cref="OutputDownloader"/> fetches and checks files.</summary>
    public sealed class OutputDownloadOptions
    {
        /// <summary>Tries per file for truncated, wrong or transiently failing downloads (a URL refresh is extra).</summary>
        public int MaxAttempts { get; set; } = 4;

        /// <summary>The first retry waits about this long; each further one doubles it, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>
        /// How long one read may wait for data (and the server for its headers). A file may take as long as it
        /// needs while data keeps coming.
        /// </summary>
        public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>The copy buffer: the only memory a download holds, whatever the file size.</summary>
        public int BufferSize { get; set; } = 80 * 1024;

        /// <summary>The measured duration (MP3 frames, WAV data) may differ from the record's by this many seconds…</summary>
        public double DurationToleranceSeconds { get; set; } = 1.0;

        /// <summary>…or by this fraction of it, whichever is larger.</summary>
        public double DurationToleranceRatio { get; set; } = 0.02;

        /// <summary>Cover images larger than this are not embedded (they are kept in memory to tag).</summary>
        public int MaxCoverBytes { get; set; } = 16 * 1024 * 1024;

        /// <summary>How long one file may take in all, its retries included; null for no limit (data must keep coming).</summary>
        public TimeSpan? FileTimeout { get; set; }

        /// <summary>A download that brings fewer than <see cref="MinimumBytesPerWindow"/> bytes in this long is abandoned as stalled.</summary>
        public TimeSpan ThroughputWindow { get; set; } = TimeSpan.FromSeconds(30);

        public long MinimumBytesPerWindow { get; set; } = 16 * 1024;

        /// <summary>The clock the file deadline and the throughput window run on (tests give a manual one).</summary>
        internal SunoClock Clock { get; set; } = SunoClock.System;

        /// <summary>Opens a partial file for writing (by its path); null opens it on disk. Tests give a disk that fills up.</summary>
        internal Func<string, System.IO.FileStream>? OpenFile { get; set; }

        internal OutputDownloadOptions Clone() => (OutputDownloadOptions)MemberwiseClone();
    }
}
