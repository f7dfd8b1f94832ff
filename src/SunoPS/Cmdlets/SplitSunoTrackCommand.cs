using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Splits a finished track into stems (POST /api/v1/vocal-removal/generate): vocals and instrumental, instrument
    /// stems, or one named stem. A track piped in binds -TaskId and -AudioId (its Id) by property name. Returns a task
    /// of family Separation, whose Outputs are one Stem per stem.
    /// </summary>
    [Cmdlet(VerbsCommon.Split, "SunoTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class SplitSunoTrackCommand : SunoSubmitCmdlet
    {
        /// <summary>The music task the track belongs to.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track to split (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SeparationMode]
        public SunoSeparationMode Mode { get; set; } = SunoSeparationMode.SeparateVocal;

        /// <summary>The one stem of SplitStemAdvanced (tab-completes the documented names).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(StemNameCompleter))]
        [EmptyAsNull]
        public string? StemName { get; set; }

        /// <summary>A piped track's title, kept on the separation task (its record has none) so stem files are named by it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        protected override void ProcessRecord()
        {
            var request = new SeparateRequest
            {
                TaskId = TaskId,
                AudioId = AudioId,
                Mode = Mode,
                StemName = StemName,
                CallbackUrl = CallbackUrl,
                SourceTitle = Title,
            };
            var what = "track " + AudioId + (string.IsNullOrEmpty(Title) ? "" : " ('" + Title + "')") + " of task " + TaskId;
            var into = Mode == SunoSeparationMode.SplitStemAdvanced ? "the stem '" + StemName + "'" : Mode == SunoSeparationMode.SplitStem ? "instrument stems" : "vocals and instrumental";
            Submit(request, what, "Split into " + into + " (" + SeparateRequest.TypeOf(Mode) + "): 1 task, spending " +
                                  SeparateRequest.CreditsOf(Mode) + " credits", AudioId);
        }
    }
}
