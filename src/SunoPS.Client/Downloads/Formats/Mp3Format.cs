using System;
using System.IO;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// MP3s. A song gets our ID3 tag written ahead of its audio (the file host's own leading tag is then left out,
    /// one tag per file) and its cover fetched alongside; a stem is saved as sent. Both are checked frame by frame, as they arrive:
    /// the playing time must match the record's duration. A song recovered as M4A keeps its extension, is not
    /// tagged, and is checked as an ISO media file (its ftyp and moov boxes) instead.
    /// </summary>
    internal sealed class Mp3Format : IOutputFormat
    {
        public static readonly Mp3Format Song = new Mp3Format(isSong: true);
        public static readonly Mp3Format Stem = new Mp3Format(isSong: false);

        public const string Extension = ".mp3";
        public const string M4aExtension = ".m4a";

        private readonly bool _isSong;

        private Mp3Format(bool isSong)
        {
            _isSong = isSong;
        }

        public string ExtensionFor(SunoTaskOutput output) => FileExtensions.FromUrl(output.Url, Extension, Extension, M4aExtension);

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) =>
            _isSong && request.Tag && ExtensionFor(output) == Extension;

        public bool HasCovers => _isSong;

        public string? CoverUrlOf(SunoTaskOutput output) =>
            _isSong && !string.IsNullOrEmpty(output.Track?.ImageUrl) ? output.Track!.ImageUrl : null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            Id3Tagger.Render(output.Track ?? TrackOf(output), task, cover);

        public IBodySink BodySink(Stream file, bool tagged) =>
            new MeasuringMp3Sink(tagged ? (IBodySink)new LeadingTagSkipper(file) : new PassThroughSink(file));

        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result)
        {
            // A recovered song may be M4A: checked by its box structure, never as MPEG frames.
            if (ExtensionFor(output) == M4aExtension) return IsoMediaFile.Problem(file.Path);
            // Whatever the URL or Content-Type says: a captive portal's page or a JSON error served as 200 is no song.
            // Measured as it arrived; read back from the file only when the sink did not see the whole body.
            var measured = file.Sink is MeasuringMp3Sink sink && sink.Complete ? sink.Measurement : Mp3Duration.Measure(file.Path);
            if (measured == null) return "The file is not MPEG audio.";
            result.MeasuredSeconds = measured.Seconds;
            return DurationCheck.Problem(measured.Seconds, output.Duration, options);
        }

        /// <summary>A song output that came without its track: the tag is made from what the output knows.</summary>
        private static SunoTrack TrackOf(SunoTaskOutput output) => new SunoTrack
        {
            Id = output.Id,
            TaskId = output.TaskId,
            Title = output.Title,
            Duration = output.Duration,
        };
    }
}
