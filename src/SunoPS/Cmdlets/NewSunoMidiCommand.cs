using System;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Makes MIDI from a finished SplitStem separation (POST /api/v1/midi/generate): of all its stems, or of one
    /// (-AudioId, a stem output's Id). A separation task piped in binds -TaskId; a piped stem output binds both. An
    /// object that says it is of another family, or of another separation mode, is refused before anything is sent.
    /// Returns a task of family Midi; saving it writes a Standard MIDI File built from the notes.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoMidi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoMidiCommand : SunoSubmitCmdlet
    {
        /// <summary>The separation task (made with -Mode SplitStem).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>One stem (its originData id, the Id of a Stem output); all stems when not given.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [EmptyAsNull]
        public string? AudioId { get; set; }

        /// <summary>A piped object's family: anything but a separation is refused.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public SunoTaskFamily? Family { get; set; }

        /// <summary>A piped separation's mode (its Type): MIDI needs split_stem.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Type { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        protected override void ProcessRecord()
        {
            var refusal = Refusal();
            if (refusal != null)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(refusal, TaskId));
                return;
            }

            var request = new MidiRequest { TaskId = TaskId, AudioId = AudioId, CallbackUrl = CallbackUrl, SourceTitle = Title };
            var what = (AudioId == null ? "all stems" : "stem " + AudioId) + " of separation task " + TaskId;
            Submit(request, what, "Make MIDI: 1 task, spending one MIDI generation's credits", TaskId);
        }

        private string? Refusal()
        {
            if (Family.HasValue && Family.Value != SunoTaskFamily.Separation)
            {
                return "New-SunoMidi makes MIDI from a separation task (Split-SunoTrack -Mode SplitStem); task " + TaskId + " is of family " +
                       Family.Value + ".";
            }

            if (Type != null && !string.Equals(Type, SeparateRequest.TypeOf(SunoSeparationMode.SplitStem), StringComparison.OrdinalIgnoreCase))
            {
                return "New-SunoMidi needs a separation made with Split-SunoTrack -Mode SplitStem; task " + TaskId + " was made with " + Type + ".";
            }

            return null;
        }
    }
}
