using System;
using System.IO;

namespace SunoPS.Client.Tests.Journal
{
    /// <summary>A task journal file in a folder of its own, deleted afterwards.</summary>
    internal sealed class TempJournal : IDisposable
    {
        public TempJournal()
        {
            Folder = Path.Combine(Path.GetTempPath(), "SunoPS-journal-" + Guid.NewGuid().ToString("N"));
            FilePath = Path.Combine(Folder, "tasks.jsonl");
        }

        public string Folder { get; }

        public string FilePath { get; }

        public string[] Lines() => File.Exists(FilePath) ? File.ReadAllLines(FilePath) : new string[0];

        public void Dispose()
        {
            try
            {
                if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
