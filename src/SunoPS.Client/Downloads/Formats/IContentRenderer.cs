namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// A format whose files are built here rather than downloaded: the output carries data (<see cref="SunoTaskOutput.Content"/>)
    /// and no URL, and the renderer turns it into the file's bytes. The downloader writes them as it writes inline text:
    /// through a partial file, then into place.
    /// </summary>
    internal interface IContentRenderer
    {
        /// <summary>The file's bytes for <paramref name="output"/>; throws <see cref="System.ArgumentException"/> for content it cannot render.</summary>
        byte[] Render(SunoTaskOutput output);
    }
}
