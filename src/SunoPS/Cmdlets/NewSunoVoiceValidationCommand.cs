using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Starts a custom voice (POST /api/v1/voice/validate): a recording of the voice (-AudioPath, uploaded first, or
    /// -UploadUri, already online), and the whole
    /// seconds of it that hold the singing. Returns a task of family VoiceValidation; once it succeeds its
    /// ValidationPhrase is what to sing and record for New-SunoVoice.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoVoiceValidation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Upload")]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoVoiceValidationCommand : SunoSubmitCmdlet
    {
        /// <summary>A local recording of the voice, uploaded first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>Where the recording is (the API's voiceUrl).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Upload", ValueFromPipelineByPropertyName = true)]
        [FlexibleUri]
        [Alias("VoiceUrl", "DownloadUrl")]
        public Uri? UploadUri { get; set; }

        /// <summary>Where the singing starts, in whole seconds (vocalStartS).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public int VocalStart { get; set; }

        /// <summary>Where it ends, in whole seconds (vocalEndS), after the start.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public int VocalEnd { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceLanguageCompleter))]
        [EmptyAsNull]
        public string? Language { get; set; }

        protected override void ProcessRecord()
        {
            var request = new VoiceValidationRequest
            {
                VocalStartS = VocalStart,
                VocalEndS = VocalEnd,
                Language = Language,
                CallbackUrl = CallbackUrl,
            };
            if (!TakeAudio(ParameterSetName == "Path" ? AudioPath : null, UploadUri, url => request.VoiceUrl = url, out var local, out _)) return;
            var source = local?.Path ?? request.VoiceUrl;
            Submit(request, "the recording " + source + " (" + VocalStart + "–" + VocalEnd + " s)",
                "Validate a voice: 1 task, spending one voice validation's credits", source, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == "Path" ? PathNames : null;

        private static readonly System.Collections.Generic.Dictionary<string, string> PathNames =
            new System.Collections.Generic.Dictionary<string, string> { ["voiceUrl"] = "AudioPath" };
    }
}
