using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Converts a finished track to WAV (POST /api/v1/wav/generate). A track piped in binds -TaskId and -AudioId (its
    /// Id) by property name, so `$task.Tracks[0] | ConvertTo-SunoWav | Wait-SunoTask | Save-SunoTrack` works; CSV rows
    /// with TaskId and AudioId columns submit a batch. Returns a task of family Wav.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "SunoWav", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class ConvertToSunoWavCommand : SunoSubmitCmdlet
    {
        /// <summary>The music task the track belongs to.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track to convert (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>A piped track's title, kept on the WAV task (its record has none) so the saved file is named by it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        protected override void ProcessRecord()
        {
            var request = new ConvertToWavRequest
            {
                TaskId = TaskId,
                AudioId = AudioId,
                CallbackUrl = CallbackUrl,
                SourceTitle = Title,
            };
            var what = "track " + AudioId + (string.IsNullOrEmpty(Title) ? "" : " ('" + Title + "')") + " of task " + TaskId;
            Submit(request, what, "Convert to WAV: 1 task, spending one WAV conversion's credits", AudioId);
        }
    }
}
