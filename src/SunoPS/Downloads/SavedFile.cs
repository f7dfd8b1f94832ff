using System.IO;
using System.Management.Automation;
using SunoPS.Client.Downloads;

namespace SunoPS.Downloads
{
    /// <summary>
    /// The output of Save-SunoTrack: the file's FileInfo (so it pipes into Get-Item, Remove-Item, Copy-Item…)
    /// with note properties saying which track it holds and whether it was downloaded or skipped.
    /// </summary>
    internal static class SavedFile
    {
        public const string TrackIdProperty = "SunoTrackId";
        public const string TaskIdProperty = "SunoTaskId";
        public const string StatusProperty = "SunoStatus";

        public static PSObject From(TrackDownloadResult result)
        {
            var output = new PSObject(new FileInfo(result.Path));
            output.Properties.Add(new PSNoteProperty(TrackIdProperty, result.Track.Id));
            output.Properties.Add(new PSNoteProperty(TaskIdProperty, result.Track.TaskId));
            output.Properties.Add(new PSNoteProperty(StatusProperty, result.Status.ToString()));
            return output;
        }
    }
}
