using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SunoPS.Client.Downloads
{
    /// <summary>The full task record as indented JSON, saved beside a track on request.</summary>
    internal static class TaskRecordFile
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            // Titles and lyrics stay readable (no \uXXXX for every non-ASCII letter).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Write(string path, SunoTask task)
        {
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, task, Options);
            }
        }
    }
}
