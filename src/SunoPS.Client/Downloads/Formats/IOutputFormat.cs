using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// What differs in saving one kind of output: its extension, whether a tag goes ahead of the body (and a cover
    /// is fetched for it), and how a complete body is checked. The downloader does the rest the same way for every
    /// kind. <see cref="OutputFormats"/> says which kind uses which.
    /// </summary>
    internal interface IOutputFormat
    {
        /// <summary>The extension (with its dot) a saved file of <paramref name="output"/> gets.</summary>
        string ExtensionFor(SunoTaskOutput output);

        /// <summary>True when the file gets a tag of ours ahead of its body.</summary>
        bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output);

        /// <summary>True when outputs of this kind come with a cover that can be saved beside them (songs).</summary>
        bool HasCovers { get; }

        /// <summary>The cover to fetch alongside the file (for its tag, or to save beside it); null when the kind has none.</summary>
        string? CoverUrlOf(SunoTaskOutput output);

        /// <summary>The tag to write ahead of the body, when <see cref="WritesTag"/> says so.</summary>
        byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover);

        /// <summary>Where the body goes as it arrives: <paramref name="file"/>, less anything the format leaves out behind its own tag.</summary>
        IBodySink BodySink(Stream file, bool tagged);

        /// <summary>
        /// Null when the complete body (its size already matches Content-Length) is what the record promised;
        /// otherwise why not, and the file is fetched again. Sets what it measured on <paramref name="result"/>.
        /// </summary>
        string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result);
    }
}
