using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Asks for a new phrase for a voice validation (POST /api/v1/voice/regenerate). A validation task piped in binds
    /// -TaskId. Returns a task of family VoiceValidation with the new phrase once it succeeds.
    /// </summary>
    [Cmdlet(VerbsCommon.Reset, "SunoVoiceValidation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class ResetSunoVoiceValidationCommand : SunoSubmitCmdlet
    {
        /// <summary>The validation task.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        protected override void ProcessRecord()
        {
            var request = new VoiceRegenerateRequest { TaskId = TaskId, CallbackUrl = CallbackUrl };
            Submit(request, "voice validation task " + TaskId, "Regenerate the validation phrase: 1 task, spending one voice validation's credits", TaskId);
        }
    }
}
