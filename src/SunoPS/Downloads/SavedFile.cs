using System;
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
        public const string FamilyProperty = "SunoFamily";
        public const string KindProperty = "SunoOutputKind";
        public const string CoverPathProperty = "SunoCoverPath";
        public const string MetadataPathProperty = "SunoMetadataPath";
        public const string LyricsPathProperty = "SunoLyricsPath";

        /// <summary>The view that shows the status, size, track id and name (SunoPS.format.ps1xml); the object stays a FileInfo.</summary>
        public const string TypeName = "SunoPS.SavedFile";

        /// <param name="provider">The cmdlet's provider access (call on the pipeline thread).</param>
        public static PSObject From(OutputDownloadResult result, ProviderIntrinsics provider)
        {
            var output = FromFileSystem(result.Path, provider) ?? new PSObject(new FileInfo(result.Path));
            output.TypeNames.Insert(0, TypeName);
            output.Properties.Add(new PSNoteProperty(TrackIdProperty, result.Output.Id));
            output.Properties.Add(new PSNoteProperty(TaskIdProperty, result.Output.TaskId));
            output.Properties.Add(new PSNoteProperty(FamilyProperty, result.Output.Family));
            output.Properties.Add(new PSNoteProperty(KindProperty, result.Output.Kind));
            output.Properties.Add(new PSNoteProperty(StatusProperty, result.Status.ToString()));
            // -IncludeCover and -IncludeMetadata write files beside the track; the output stays one item per track.
            if (result.CoverPath != null) output.Properties.Add(new PSNoteProperty(CoverPathProperty, result.CoverPath));
            if (result.MetadataPath != null) output.Properties.Add(new PSNoteProperty(MetadataPathProperty, result.MetadataPath));
            if (result.LyricsPath != null) output.Properties.Add(new PSNoteProperty(LyricsPathProperty, result.LyricsPath));
            return output;
        }

        /// <summary>
        /// The file as Get-Item gives it: the provider adds what PowerShell's file views read (PSParentPath for the
        /// "Directory:" heading, and on Unix the mode, owner and size columns), which a bare FileInfo lacks.
        /// </summary>
        private static PSObject? FromFileSystem(string path, ProviderIntrinsics provider)
        {
            try
            {
                var items = provider.Item.Get(new[] { path }, true, true);
                return items.Count == 1 && items[0].BaseObject is FileInfo ? items[0] : null;
            }
            catch (Exception e) when (e is ProviderInvocationException || e is ItemNotFoundException || e is IOException || e is UnauthorizedAccessException)
            {
                return null; // moved or removed meanwhile: the bare FileInfo still says where it was saved
            }
        }
    }
}
