using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Generates cover pictures for a finished music task (POST /api/v1/suno/cover/generate). A piped music task (or
    /// track) binds -TaskId. The API makes one cover per music task: asked again, it names the task it already has, and
    /// that task is returned with a warning (nothing is spent), so a rerun of `… | New-SunoCoverArt | Wait-SunoTask |
    /// Save-SunoTrack` still saves the pictures. Returns a task of family CoverArt.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoCoverArt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoCoverArtCommand : SunoSubmitCmdlet
    {
        /// <summary>The music task.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>A piped task's family: only a music task has cover art made for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public SunoTaskFamily? Family { get; set; }

        /// <summary>A piped task's or track's title, kept on the cover-art task so its pictures are named by it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        /// <summary>
        /// A piped music task's tracks: without a title of its own (simple mode), the pictures take its first track's.
        /// Any value binds (a CSV row's Tracks column is text), only tracks are used.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public object? Tracks { get; set; }

        private string? TitleOf() =>
            Title ?? (Tracks is PSObject wrapped ? wrapped.BaseObject : Tracks) switch
            {
                SunoTrackCollection tracks when tracks.Count > 0 => tracks[0].Title,
                _ => null,
            };

        protected override void ProcessRecord()
        {
            if (Family.HasValue && Family.Value != SunoTaskFamily.Music)
            {
                WriteError(ErrorRecordFactory.InvalidArgument("Task " + TaskId + " is a " + Family.Value +
                                                              " task; cover art is made for music tasks only (-TaskId).", TaskId));
                return;
            }

            var title = TitleOf();
            var request = new CoverArtRequest { TaskId = TaskId, CallbackUrl = CallbackUrl, SourceTitle = title };
            var what = "music task " + TaskId + (string.IsNullOrEmpty(title) ? "" : " ('" + title + "')");
            Submit(request, what, "Generate cover art: 1 task, spending one cover-art task's credits", TaskId);
        }

        protected override SunoTask? ExistingTask(SunoException alreadyExists)
        {
            var existing = alreadyExists.ExistingTaskId;
            if (existing == null) return null;
            SunoTask task;
            try
            {
                task = Run(token => Client.GetTaskAsync(new SunoTaskReference(existing, SunoTaskFamily.CoverArt), token));
            }
            catch (SunoException)
            {
                return null; // the refusal itself then says which task exists
            }

            WriteWarning("Music task " + TaskId.Trim() + " already has cover art: task " + existing +
                         ". Nothing was spent; that task is returned instead.");
            var title = TitleOf();
            task.CarryFrom(new SunoTask { TaskId = task.TaskId, Family = SunoTaskFamily.CoverArt, Title = title });
            return task;
        }
    }
}
