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
        public DownloadProgress(string outputId, DownloadProgressKind kind, long bytes, long? totalBytes,
            SunoOutputKind outputKind = SunoOutputKind.Audio)
        {
            OutputId = outputId;
            Kind = kind;
            Bytes = bytes;
            TotalBytes = totalBytes;
            OutputKind = outputKind;
        }

        /// <summary>The id of the output being saved (<see cref="SunoTaskOutput.Id"/>: the track id for songs and their WAVs).</summary>
        public string OutputId { get; }

        /// <summary>The same as <see cref="OutputId"/>, for callers that count progress per track.</summary>
        public string TrackId => OutputId;

        /// <summary>What is being saved: the id alone does not tell a song from its WAV.</summary>
        public SunoOutputKind OutputKind { get; }

        public DownloadProgressKind Kind { get; }
        public long Bytes { get; }

        /// <summary>The file's size when the server gave it.</summary>
        public long? TotalBytes { get; }
    }
}
