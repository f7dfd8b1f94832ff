using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Sings vocals over an uploaded instrumental (POST /api/v1/generate/add-vocals; a music task). -Prompt (the
    /// lyrics), -Title, -Style and -NegativeTags are required by the API; the model is V4_5PLUS unless -Model says V5 or V5_5.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "SunoVocal", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Upload")]
    [OutputType(typeof(SunoTask))]
    public sealed class AddSunoVocalCommand : SunoMusicSubmitCmdlet
    {
        /// <summary>A local instrumental, uploaded first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>The instrumental's URL (an upload's DownloadUrl, or any public URL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Upload", ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "DownloadUrl")]
        [FlexibleUri]
        public Uri UploadUri { get; set; } = null!;

        /// <summary>The lyrics to sing.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Lyrics")]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>Styles to avoid (required by the API).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? NegativeTags { get; set; }

        protected override void ProcessRecord()
        {
            var request = new AddVocalsRequest
            {
                Prompt = Prompt,
                Title = Title,
                Style = Style,
                NegativeTags = NegativeTags,
                Model = Model,
                VocalGender = NormalizedVocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                CallbackUrl = CallbackUrl,
            };
            if (!TakeAudio(ParameterSetName == "Path" ? AudioPath : null, UploadUri, url => request.UploadUrl = url, out var local, out _)) return;
            var source = local?.Path ?? request.UploadUrl;
            Submit(request, "vocals over " + source + ", model " + (Model ?? AccompanimentRequest.DefaultModel),
                "Add vocals: 1 music task, spending one generation's credits", source, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == "Path" ? NewSunoCoverCommand.AudioPathNames : null;
    }
}
