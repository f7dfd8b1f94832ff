using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Restyles an uploaded song (POST /api/v1/generate/upload-cover; a music task of 2 tracks). Not cover art: that
    /// is New-SunoCoverArt. -AudioPath uploads a local file first; -UploadUri takes audio already online. Giving
    /// -Style or -Title selects custom mode, as in New-SunoMusic.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoCover", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Upload")]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoCoverCommand : SunoMusicSubmitCmdlet
    {
        /// <summary>A local audio file, uploaded first (at most 8 minutes; 1 minute for V4_5ALL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>The song's URL (an upload's DownloadUrl, or any public URL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Upload", ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "DownloadUrl")]
        [FlexibleUri]
        public Uri UploadUri { get; set; } = null!;

        /// <summary>Simple mode: a description of the cover. Custom mode: the exact lyrics.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Lyrics")]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [EmptyAsNull]
        public string? Style { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(CustomMode))]
        public SwitchParameter CustomMode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
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

        protected override void ProcessRecord()
        {
            var request = new UploadCoverRequest
            {
                Prompt = Prompt,
                Style = Style,
                Title = Title,
                CustomMode = CustomMode.ToBool() || Style != null || Title != null,
                Instrumental = Instrumental.ToBool(),
                Model = Model ?? SunoModelCatalog.DefaultModel,
                NegativeTags = NegativeTags,
                VocalGender = NormalizedVocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                PersonaId = PersonaId,
                PersonaModel = PersonaModel?.Trim().ToLowerInvariant(),
                CallbackUrl = CallbackUrl,
            };
            if (!TakeAudio(ParameterSetName == "Path" ? AudioPath : null, UploadUri, url => request.UploadUrl = url, out var local, out var duration)) return;
            request.SourceDuration = duration;
            var source = local?.Path ?? request.UploadUrl;
            Submit(request, "cover of " + source + ", model " + request.Model, "Cover a song: 1 task of 2 tracks, spending one generation's credits",
                source, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == "Path" ? AudioPathNames : null;

        internal static readonly System.Collections.Generic.Dictionary<string, string> AudioPathNames =
            new System.Collections.Generic.Dictionary<string, string> { ["uploadUrl"] = "AudioPath", ["uploadUrlList"] = "AudioPath" };
    }
}
