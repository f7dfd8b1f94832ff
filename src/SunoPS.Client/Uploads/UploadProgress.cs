namespace SunoPS.Client.Uploads
{
    /// <summary>How much of a local file has gone to the upload host.</summary>
    public readonly struct UploadProgress
    {
        public UploadProgress(long bytesSent, long totalBytes)
        {
            BytesSent = bytesSent;
            TotalBytes = totalBytes;
        }

        public long BytesSent { get; }
        public long TotalBytes { get; }
    }
}
