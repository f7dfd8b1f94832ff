using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// Any other file: saved as sent, checked by its size against Content-Length and by what its name claims: a .mp3
    /// must hold MPEG frames and a .m4a its boxes, and text must not be a web page, whatever the URL or Content-Type.
    /// </summary>
    internal sealed class PlainFormat : IOutputFormat
    {
        private readonly string _extension;
        private readonly string[] _fromUrl;

        /// <param name="extension">The kind's usual extension.</param>
        /// <param name="fromUrl">Extensions a URL may give instead (an image may be a PNG).</param>
        public PlainFormat(string extension, params string[] fromUrl)
        {
            _extension = extension;
            _fromUrl = fromUrl;
        }

        public string ExtensionFor(SunoTaskOutput output) => FileExtensions.FromUrl(output.Url, _extension, _fromUrl);

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) => false;

        public bool HasCovers => false;

        public string? CoverUrlOf(SunoTaskOutput output) => null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            throw new InvalidOperationException(output.Kind + " files are not tagged.");

        public IBodySink BodySink(Stream file, bool tagged) => new PassThroughSink(file);

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result)
        {
            switch (ExtensionFor(output))
            {
                case Mp3Format.Extension:
                    return Mp3Duration.Measure(file.Path) == null ? "The file is not MPEG audio." : null;
                case Mp3Format.M4aExtension:
                    return IsoMediaFile.Problem(file.Path);
                default:
                    return WebPage.Sniff(file.Path) ? "The file is a web page, not " + _extension + " text." : null;
            }
        }
    }
}
