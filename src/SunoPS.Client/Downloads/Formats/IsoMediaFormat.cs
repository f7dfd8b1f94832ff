using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// MP4 videos: saved as sent, never tagged, and checked by their box structure (<see cref="IsoMediaFile"/>): a body
    /// that is not an MP4 or is cut short is fetched again, as a wrong MP3 is.
    /// </summary>
    internal sealed class IsoMediaFormat : IOutputFormat
    {
        public static readonly IsoMediaFormat Video = new IsoMediaFormat(".mp4");

        private readonly string _extension;

        private IsoMediaFormat(string extension)
        {
            _extension = extension;
        }

        public string ExtensionFor(SunoTaskOutput output) => _extension;

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) => false;

        public bool HasCovers => false;

        public string? CoverUrlOf(SunoTaskOutput output) => null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            throw new InvalidOperationException(output.Kind + " files are not tagged.");

        public IBodySink BodySink(Stream file, bool tagged) => new PassThroughSink(file);

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result) =>
            IsoMediaFile.Problem(file.Path);
    }
}
