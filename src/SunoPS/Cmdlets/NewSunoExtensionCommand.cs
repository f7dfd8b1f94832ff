using System;
using System.Globalization;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Extends a song (a music task of 2 tracks): a generated track (POST /api/v1/generate/extend; pipe a track, or
    /// -AudioId with -TaskId) or an upload (POST /api/v1/generate/upload-extend; -AudioPath or -UploadUri). Without
    /// -Prompt, -Style, -Title or -ContinueAt the source's parameters are inherited (defaultParamFlag false); with any
    /// of them the custom parameters are used, and the documented ones become required. A track's extension uses its
    /// task's model, as the API requires; -ContinueAt is checked against the source's length when it is known.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoExtension", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoExtensionCommand : SunoMusicSubmitCmdlet
    {
        private const string TrackSet = "Track";
        private const string PathSet = "Path";
        private const string UploadSet = "Upload";

        /// <summary>The music task of the track (used to find its model and length; the API takes only the track).</summary>
        [Parameter(ParameterSetName = TrackSet, ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string? TaskId { get; set; }

        /// <summary>The track to extend (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TrackSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>A local audio file to extend, uploaded first (at most 8 minutes; 1 minute for V4_5ALL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>The URL of audio to extend (an upload's DownloadUrl, or any public URL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UploadSet, ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "DownloadUrl")]
        [FlexibleUri]
        public Uri UploadUri { get; set; } = null!;

        /// <summary>The lyrics of the new part (custom parameters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        /// <summary>The style of the new part (custom parameters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>The title (custom parameters); the source track's own title is used when custom parameters are chosen otherwise.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        /// <summary>Seconds into the source where the new part starts: more than 0 and less than the source's length.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? ContinueAt { get; set; }

        /// <summary>Use -Prompt, -Style, -Title and -ContinueAt (the API's defaultParamFlag); implied by giving any of them.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DefaultParamFlag")]
        [FlexibleBoolean(nameof(UseCustomParameters))]
        public SwitchParameter UseCustomParameters { get; set; }

        /// <summary>An upload's extension without vocals (upload-extend only).</summary>
        [Parameter(ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = UploadSet, ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(Instrumental))]
        public SwitchParameter Instrumental { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? NegativeTags { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? PersonaId { get; set; }

        /// <summary>"style_persona" (default) or "voice_persona".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(PersonaModelCompleter))]
        public string? PersonaModel { get; set; }

        /// <summary>A piped track's length in seconds, to check -ContinueAt before sending.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [FlexibleNumber]
        public double? Duration { get; set; }

        protected override void ProcessRecord()
        {
            var title = UnlessFromTrack(Title, t => t.Title);
            var custom = UseCustomParameters.ToBool() || Prompt != null || Style != null || ContinueAt.HasValue || title != null;
            var request = new ExtendMusicRequest
            {
                UseCustomParameters = custom,
                Prompt = Prompt,
                Style = Style,
                // With custom parameters the piped track's own title is a fair default; without, nothing is sent.
                Title = custom ? title ?? PipedTrack?.Title : null,
                ContinueAt = ContinueAt,
                NegativeTags = NegativeTags,
                VocalGender = NormalizedVocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                PersonaId = PersonaId,
                PersonaModel = PersonaModel?.Trim().ToLowerInvariant(),
                CallbackUrl = CallbackUrl,
            };

            LocalAudio? local = null;
            string what;
            if (ParameterSetName == TrackSet)
            {
                request.AudioId = AudioId;
                request.Model = Model;
                if (RefusedBeforeReadingSource(request, AudioId, "model", "title")) return;
                var source = DescribeSource(TaskId, AudioId, Duration);
                // The API requires the source's model; -Model only when the source's is not known (or to override it).
                request.Model = Model ?? source.Model;
                request.SourceDuration = source.Duration;
                request.SourceTaskId = TaskId;
                if (custom) request.Title ??= source.Track?.Title;
                what = "track " + AudioId + (source.Track?.Title == null ? "" : " ('" + source.Track.Title + "')");
            }
            else
            {
                if (!TakeAudio(ParameterSetName == PathSet ? AudioPath : null, UploadUri, url => request.UploadUrl = url, out local, out var duration)) return;
                request.Model = Model ?? SunoModelCatalog.DefaultModel;
                request.Instrumental = Instrumental.IsPresent ? Instrumental.ToBool() : (bool?)null;
                request.SourceDuration = duration;
                what = local?.Path ?? request.UploadUrl!;
            }

            var from = request.ContinueAt.HasValue
                ? " from " + request.ContinueAt.Value.ToString("0.##", CultureInfo.InvariantCulture) + " s"
                : "";
            Submit(request, "extension of " + what + from + ", model " + request.Model + (custom ? ", custom parameters" : ", inherited parameters"),
                "Extend music: 1 task of 2 tracks, spending one generation's credits", ParameterSetName == TrackSet ? (object)AudioId : what,
                local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == PathSet ? NewSunoCoverCommand.AudioPathNames : null;
    }
}
