using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// WAVs: saved exactly as sent, never tagged, and checked by their RIFF/WAVE header (<see cref="WavHeader"/>):
    /// a body that is cut short or is not a WAV is fetched again, as a wrong MP3 is.
    /// </summary>
    internal sealed class WavFormat : IOutputFormat
    {
        public static readonly WavFormat Instance = new WavFormat();

        public const string Extension = ".wav";

        private WavFormat()
        {
        }

        public string ExtensionFor(SunoTaskOutput output) => Extension;

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) => false;

        public bool HasCovers => false;

        public string? CoverUrlOf(SunoTaskOutput output) => null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            throw new InvalidOperationException("WAV files are not tagged.");

        public IBodySink BodySink(Stream file, bool tagged) => new PassThroughSink(file);

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result)
        {
            var info = WavHeader.TryRead(file.Path, out var problem);
            if (info == null) return problem;
            result.MeasuredSeconds = info.Seconds;
            return DurationCheck.Problem(info.Seconds, output.Duration, options);
        }
    }
}
