namespace SunoPS.Client.Downloads
{
    public enum DownloadStatus
    {
        /// <summary>The file was downloaded, verified and moved into place.</summary>
        Downloaded,

        /// <summary>A file was already there and nothing was written.</summary>
        Skipped,
    }
}
