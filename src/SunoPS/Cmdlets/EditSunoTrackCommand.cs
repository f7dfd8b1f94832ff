using System;
using System.Globalization;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Sings a section of a song again with new lyrics (POST /api/v1/generate/replace-section; a music task). The
    /// song is a generated track (piped, or -TaskId with -AudioId) or an upload (-AudioPath or -UploadUri, with
    /// -Model). The section runs from -SectionStart to -SectionEnd seconds: 6 to 60 seconds long and at most half the
    /// song. -Lyrics are the section's new words, -FullLyrics the whole song's lyrics after the edit. A piped track
    /// lends its title and style when -Title and -Style are not given.
    /// </summary>
    [Cmdlet(VerbsData.Edit, "SunoTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(SunoTask))]
    public sealed class EditSunoTrackCommand : SunoMusicSubmitCmdlet
    {
        private const string TrackSet = "Track";
        private const string PathSet = "Path";
        private const string UploadSet = "Upload";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TrackSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = TrackSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>A local audio file, uploaded first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>The song's URL (an upload's DownloadUrl, or any public URL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UploadSet, ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "DownloadUrl")]
        [FlexibleUri]
        public Uri UploadUri { get; set; } = null!;

        /// <summary>Where the section starts, in seconds.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InfillStartS", "Start")]
        [FlexibleNumber]
        public double? SectionStart { get; set; }

        /// <summary>Where the section ends, in seconds.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InfillEndS", "End")]
        [FlexibleNumber]
        public double? SectionEnd { get; set; }

        /// <summary>The section's new lyrics (the API's prompt).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Prompt")]
        [EmptyAsNull]
        public string? Lyrics { get; set; }

        /// <summary>The complete lyrics of the song after the edit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? FullLyrics { get; set; }

        /// <summary>The style (the API's tags); a piped track's tags when not given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>The title; a piped track's title when not given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? NegativeTags { get; set; }

        /// <summary>A piped track's length in seconds, to check the section before sending.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [FlexibleNumber]
        public double? Duration { get; set; }

        protected override void ProcessRecord()
        {
            var request = new ReplaceSectionRequest
            {
                // A piped track's Lyrics property is its whole lyrics, not the section's new words.
                Prompt = UnlessFromTrack(Lyrics, t => t.Lyrics),
                FullLyrics = FullLyrics,
                Tags = Style,
                Title = Title,
                NegativeTags = NegativeTags,
                InfillStartS = SectionStart,
                InfillEndS = SectionEnd,
                CallbackUrl = CallbackUrl,
            };

            LocalAudio? local = null;
            string what;
            if (ParameterSetName == TrackSet)
            {
                request.TaskId = TaskId;
                request.AudioId = AudioId;
                if (RefusedBeforeReadingSource(request, AudioId, "title", "tags")) return;
                var source = DescribeSource(TaskId, AudioId, Duration);
                request.SourceDuration = source.Duration;
                request.Title ??= source.Track?.Title;
                request.Tags ??= source.Track?.Tags;
                what = "track " + AudioId + (source.Track?.Title == null ? "" : " ('" + source.Track.Title + "')");
            }
            else
            {
                if (!TakeAudio(ParameterSetName == PathSet ? AudioPath : null, UploadUri, url => request.UploadUrl = url, out local, out var duration)) return;
                request.Model = Model ?? SunoModelCatalog.DefaultModel;
                request.SourceDuration = duration;
                what = local?.Path ?? request.UploadUrl!;
            }

            var window = string.Format(CultureInfo.InvariantCulture, " from {0:0.##} s to {1:0.##} s", SectionStart, SectionEnd);
            Submit(request, "section of " + what + window, "Replace a section: 1 music task, spending one generation's credits",
                ParameterSetName == TrackSet ? (object)AudioId : what, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == PathSet ? NamesWithPath : Names;

        private static readonly System.Collections.Generic.Dictionary<string, string> Names =
            new System.Collections.Generic.Dictionary<string, string> { ["prompt"] = "Lyrics", ["tags"] = "Style" };

        private static readonly System.Collections.Generic.Dictionary<string, string> NamesWithPath =
            new System.Collections.Generic.Dictionary<string, string> { ["prompt"] = "Lyrics", ["tags"] = "Style", ["uploadUrl"] = "AudioPath" };
    }
}
