using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Creates the custom voice (POST /api/v1/voice/generate) from a validation task and a recording of its phrase. A
    /// validation task piped in binds -TaskId. Returns a task of family Voice; once it succeeds its VoiceId is what
    /// New-SunoMusic takes as -PersonaId with -PersonaModel voice_persona.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoVoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Upload")]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoVoiceCommand : SunoSubmitCmdlet
    {
        /// <summary>The validation task whose phrase was recorded.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>A local recording of the phrase, uploaded first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string AudioPath { get; set; } = "";

        /// <summary>Where the recording of the phrase is (the API's verifyUrl).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = "Upload", ValueFromPipelineByPropertyName = true)]
        [FlexibleUri]
        [Alias("VerifyUrl", "DownloadUrl")]
        public Uri? UploadUri { get; set; }

        /// <summary>The voice's name (voiceName).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("VoiceName")]
        [EmptyAsNull]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Style { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(SingerSkillLevelCompleter))]
        [EmptyAsNull]
        public string? SingerSkillLevel { get; set; }

        protected override void ProcessRecord()
        {
            var request = new VoiceGenerateRequest
            {
                TaskId = TaskId,
                VoiceName = Name,
                Description = Description,
                Style = Style,
                SingerSkillLevel = SingerSkillLevel,
                CallbackUrl = CallbackUrl,
            };
            if (!TakeAudio(ParameterSetName == "Path" ? AudioPath : null, UploadUri, url => request.VerifyUrl = url, out var local, out _)) return;
            Submit(request, "a voice" + (Name == null ? "" : " '" + Name + "'") + " from validation task " + TaskId,
                "Create a custom voice: 1 task, spending one voice generation's credits", TaskId, local == null ? new LocalAudio[0] : new[] { local });
        }

        protected override System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames =>
            ParameterSetName == "Path" ? PathNames : null;

        private static readonly System.Collections.Generic.Dictionary<string, string> PathNames =
            new System.Collections.Generic.Dictionary<string, string> { ["verifyUrl"] = "AudioPath" };
    }
}
