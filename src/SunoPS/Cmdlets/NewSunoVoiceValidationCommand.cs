using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Starts a custom voice (POST /api/v1/voice/validate): a recording of the voice, already online, and the whole
    /// seconds of it that hold the singing. Returns a task of family VoiceValidation; once it succeeds its
    /// ValidationPhrase is what to sing and record for New-SunoVoice.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoVoiceValidation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoVoiceValidationCommand : SunoSubmitCmdlet
    {
        /// <summary>Where the recording is (the API's voiceUrl).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
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
            var url = UploadUri == null ? null : UploadUri.IsAbsoluteUri ? UploadUri.AbsoluteUri : UploadUri.OriginalString;
            var request = new VoiceValidationRequest
            {
                VoiceUrl = url,
                VocalStartS = VocalStart,
                VocalEndS = VocalEnd,
                Language = Language,
                CallbackUrl = CallbackUrl,
            };
            Submit(request, "the recording " + url + " (" + VocalStart + "–" + VocalEnd + " s)",
                "Validate a voice: 1 task, spending one voice validation's credits", url);
        }
    }
}
