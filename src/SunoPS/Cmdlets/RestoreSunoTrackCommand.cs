using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Asks for fresh links to every track of a finished music task whose links expired (POST /api/v1/suno/recovery).
    /// A piped music task binds -TaskId. Returns a task of family Recovery; once finished its Outputs are the recovered
    /// songs (M4A or MP3), one per original track, which Save-SunoTrack saves and verifies.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "SunoTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class RestoreSunoTrackCommand : SunoSubmitCmdlet
    {
        /// <summary>The finished music task whose tracks need new links (the API's sunoTaskId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("SunoTaskId")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>A piped task's family: only a music task has tracks to recover.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public SunoTaskFamily? Family { get; set; }

        protected override void ProcessRecord()
        {
            if (Family.HasValue && Family.Value != SunoTaskFamily.Music)
            {
                WriteError(ErrorRecordFactory.InvalidArgument("Task " + TaskId + " is a " + Family.Value +
                                                              " task; only the tracks of a music task are recovered (-TaskId).", TaskId));
                return;
            }

            var request = new RecoveryRequest { SunoTaskId = TaskId, CallbackUrl = CallbackUrl };
            Submit(request, "the tracks of music task " + TaskId, "Recover track links: 1 task, spending one recovery task's credits", TaskId);
        }
    }
}
