using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Makes a music video of one finished track (POST /api/v1/mp4/generate). A piped track binds -TaskId and -AudioId
    /// (its Id) by property name, so `$task.Tracks[0] | New-SunoVideo | Wait-SunoTask | Save-SunoTrack` works. Returns a
    /// task of family Video. A second video of the same track is the API's 409 (SunoAlreadyExists).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoVideoCommand : SunoSubmitCmdlet
    {
        /// <summary>The music task the track belongs to.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>The artist name shown in the video (at most 50 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Author { get; set; }

        /// <summary>The watermark (at most 50 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? DomainName { get; set; }

        /// <summary>A piped track's title, kept on the video task (its record has none) so the saved file is named by it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        protected override void ProcessRecord()
        {
            var request = new VideoRequest
            {
                TaskId = TaskId,
                AudioId = AudioId,
                Author = Author,
                DomainName = DomainName,
                CallbackUrl = CallbackUrl,
                SourceTitle = Title,
            };
            var what = "track " + AudioId + (string.IsNullOrEmpty(Title) ? "" : " ('" + Title + "')") + " of task " + TaskId;
            Submit(request, what, "Make a music video: 1 task, spending one music video task's credits", AudioId);
        }
    }
}
