using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// Pictures (a track's cover, cover-art images): saved as sent, named .jpg, .png or .webp as their URL says, and
    /// checked by their signature: a body that is no PNG, JPEG or WebP (an error page served as 200, say) is fetched
    /// again; one whose signature disagrees with the name it was given is refused rather than saved misnamed.
    /// </summary>
    internal sealed class ImageFormat : IOutputFormat
    {
        public static readonly ImageFormat Instance = new ImageFormat();

        public const string Extension = ".jpg";

        private ImageFormat()
        {
        }

        public string ExtensionFor(SunoTaskOutput output) => FileExtensions.FromUrl(output.Url, Extension, ".jpg", ".png", ".webp");

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) => false;

        public bool HasCovers => false;

        public string? CoverUrlOf(SunoTaskOutput output) => null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            throw new InvalidOperationException("Images are not tagged.");

        public IBodySink BodySink(Stream file, bool tagged) => new PassThroughSink(file);

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result)
        {
            var actual = ImageSignature.ExtensionOf(file.Path);
            if (actual == null) return "The file is not a PNG, JPEG or WebP picture.";
            var named = ExtensionFor(output);
            // A URL without an extension is named .jpg by default: only a URL that says otherwise can disagree.
            if (actual != named && FileExtensions.FromUrl(output.Url, "", ".jpg", ".png", ".webp").Length > 0)
            {
                return "The picture is a " + actual.Substring(1).ToUpperInvariant() + " file but its URL says " + named + ".";
            }

            return null;
        }
    }
}
