using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Whether a custom voice can be used yet (POST /api/v1/voice/check-voice, synchronous, no credits): one object
    /// with TaskId and IsAvailable per voice task id, piped or given.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "SunoVoice")]
    [OutputType(typeof(SunoVoiceAvailability))]
    public sealed class TestSunoVoiceCommand : SunoApiCmdlet
    {
        /// <summary>The voice task (from New-SunoVoice).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>A piped task's family: only voice tasks have a voice to check.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public SunoTaskFamily? Family { get; set; }

        protected override void ProcessRecord()
        {
            var id = TaskId?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                WriteError(ErrorRecordFactory.InvalidArgument("-TaskId is required; an empty one was given.", TaskId));
                return;
            }

            if (Family.HasValue && Family.Value != SunoTaskFamily.Voice)
            {
                WriteError(ErrorRecordFactory.InvalidArgument("Test-SunoVoice checks a voice task (from New-SunoVoice); task " + id +
                                                              " is of family " + Family.Value + ".", id));
                return;
            }

            try
            {
                WriteObject(Run(token => Client.CheckVoiceAsync(id!, token)));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, id);
            }
            catch (SunoException e)
            {
                WriteSunoError(e, id);
            }
        }
    }
}
