using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Generates a backing track for an uploaded vocal (POST /api/v1/generate/add-instrumental; a music task).
    /// -Title, -Style and -NegativeTags are required by the API; the model is V4_5PLUS unless -Model says V5 or V5_5.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "SunoInstrumental", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Upload")]
    [OutputType(typeof(SunoTask))]
    public sealed class AddSunoInstrumentalCommand : SunoMusicSubmitCmdlet
    {
        /// <summary>A local recording of the vocal, uploaded first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>The vocal's URL (an upload's DownloadUrl, or any public URL).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Upload", ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "DownloadUrl")]
        [FlexibleUri]
        public Uri UploadUri { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        /// <summary>The style of the backing track (the API's tags).</summary>
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
            var request = new AddInstrumentalRequest
            {
                Title = Title,
                Tags = Style,
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
            Submit(request, "instrumental for " + source + ", model " + (Model ?? AccompanimentRequest.DefaultModel),
                "Add an instrumental: 1 music task, spending one generation's credits", source, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == "Path" ? StyleAsTagsWithPath : StyleAsTags;

        private static readonly System.Collections.Generic.Dictionary<string, string> StyleAsTags =
            new System.Collections.Generic.Dictionary<string, string> { ["tags"] = "Style" };

        private static readonly System.Collections.Generic.Dictionary<string, string> StyleAsTagsWithPath =
            new System.Collections.Generic.Dictionary<string, string> { ["tags"] = "Style", ["uploadUrl"] = "AudioPath" };
    }
}
