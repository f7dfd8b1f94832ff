using System.Globalization;
using System.Management.Automation;
using SunoPS.Client.Downloads;

namespace SunoPS.Downloads
{
    /// <summary>
    /// What a Save-SunoTrack run did, said once at its end: an Information record with the counts and size, and a
    /// warning when files were skipped, since a skipped file is one the user asked for and did not get anew.
    /// </summary>
    internal sealed class SaveSummary
    {
        private static readonly string[] Tags = { "SunoPS", "Saved" };

        public int Downloaded { get; private set; }
        public int Skipped { get; private set; }
        public long Bytes { get; private set; }

        public void Add(OutputDownloadResult result)
        {
            if (result.Status == DownloadStatus.Skipped)
            {
                Skipped++;
                return;
            }

            Downloaded++;
            Bytes += result.Bytes;
        }

        public string? Describe()
        {
            if (Downloaded + Skipped == 0) return null;
            var text = string.Format(CultureInfo.InvariantCulture, "Saved {0} {1} ({2:0.0} MB)", Downloaded, Files(Downloaded), Bytes / 1048576.0);
            if (Skipped > 0) text += "; " + SkippedText();
            return text + ".";
        }

        private string SkippedText() =>
            string.Format(CultureInfo.InvariantCulture, "skipped {0} {1} that {2} already there (-Force downloads {3} again)",
                Skipped, Files(Skipped), Skipped == 1 ? "was" : "were", Skipped == 1 ? "it" : "them");

        public void Write(Cmdlet cmdlet)
        {
            var text = Describe();
            if (text == null) return;
            var record = new InformationRecord(text, "Save-SunoTrack");
            foreach (var tag in Tags) record.Tags.Add(tag);
            cmdlet.WriteInformation(record);
            if (Skipped > 0) cmdlet.WriteWarning(char.ToUpperInvariant(SkippedText()[0]) + SkippedText().Substring(1) + ".");
        }

        private static string Files(int count) => count == 1 ? "file" : "files";
    }
}
