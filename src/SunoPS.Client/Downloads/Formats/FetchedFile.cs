namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>A body that arrived whole, in its partial file, waiting to be checked.</summary>
    internal sealed class FetchedFile
    {
        public FetchedFile(string path, string url, string? mediaType, long bytes, IBodySink? sink = null)
        {
            Sink = sink;
            Path = path;
            Url = url;
            MediaType = mediaType;
            Bytes = bytes;
        }

        /// <summary>The partial file (our tag, if any, then the body).</summary>
        public string Path { get; }

        public string Url { get; }

        /// <summary>The Content-Type the file host sent, without parameters.</summary>
        public string? MediaType { get; }

        /// <summary>Bytes of the body received.</summary>
        public long Bytes { get; }

        /// <summary>The sink that wrote the body (the format's own, which may have measured it on the way).</summary>
        public IBodySink? Sink { get; }
    }
}
