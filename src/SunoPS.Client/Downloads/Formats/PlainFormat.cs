using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Any other file: saved as sent, checked by its size against Content-Length only.</summary>
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

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result) => null;
    }
}
