namespace SunoPS.Client.Downloads
{
    public enum DownloadProgressKind
    {
        /// <summary>The server answered; <see cref="DownloadProgress.TotalBytes"/> is known if it said.</summary>
        Started,

        /// <summary>More bytes arrived; <see cref="DownloadProgress.Bytes"/> is how many since the last report.</summary>
        Received,

        /// <summary>The attempt failed and its bytes are discarded; <see cref="DownloadProgress.Bytes"/> is how many.</summary>
        Discarded,
    }

    /// <summary>A progress report of one download. Reports come from background threads: a handler should only record them.</summary>
    public readonly struct DownloadProgress
    {
        public DownloadProgress(string trackId, DownloadProgressKind kind, long bytes, long? totalBytes)
        {
            TrackId = trackId;
            Kind = kind;
            Bytes = bytes;
            TotalBytes = totalBytes;
        }

        public string TrackId { get; }
        public DownloadProgressKind Kind { get; }
        public long Bytes { get; }

        /// <summary>The file's size when the server gave it.</summary>
        public long? TotalBytes { get; }
    }
}
