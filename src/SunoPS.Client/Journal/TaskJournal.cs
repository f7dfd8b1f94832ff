using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Journal
{
    /// <summary>
    /// The local record of every paid task the API accepted: append-only JSON Lines, one event a line. Each append opens
    /// the file exclusively (a sharing violation is retried briefly), writes one whole line and closes it, so processes
    /// appending at once neither interleave nor lose lines. A journal that cannot be written never loses the task:
    /// the failure is returned for the caller to report.
    /// </summary>
    public sealed class TaskJournal
    {
        private static readonly TimeSpan AppendPatience = TimeSpan.FromSeconds(10);

        public TaskJournal(string path)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("A journal path is required.", nameof(path));
            Path = System.IO.Path.GetFullPath(path);
        }

        public string Path { get; }

        /// <summary>Held while an idempotency key is checked, its task submitted and journaled.</summary>
        internal string KeyLockPath => Path + ".lock";

        /// <summary>Appends <paramref name="entry"/>; returns null, or why it could not be written.</summary>
        public string? TryAppend(SunoJournalEntry entry)
        {
            byte[] line;
            try
            {
                line = Serialize(entry);
                var folder = System.IO.Path.GetDirectoryName(Path);
                if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                return e.Message;
            }

            var started = DateTime.UtcNow;
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using (var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
                    {
                        stream.Write(line, 0, line.Length);
                        stream.Flush();
                    }

                    return null;
                }
                catch (IOException e) when (IsSharingViolation(e) && DateTime.UtcNow - started < AppendPatience)
                {
                    // Another writer or reader has it for a moment.
                    Thread.Sleep(5 + attempt % 20);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
                {
                    return e.Message;
                }
            }
        }

        /// <summary>Every event in the journal, oldest first; lines that are not whole events (a process killed mid-write) are skipped.</summary>
        public IReadOnlyList<SunoJournalEntry> Read()
        {
            var entries = new List<SunoJournalEntry>();
            var text = ReadAllText();
            if (text == null) return entries;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0) continue;
                var entry = Parse(line);
                if (entry != null) entries.Add(entry);
            }

            return entries;
        }

        private string? ReadAllText()
        {
            var started = DateTime.UtcNow;
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                    using (var reader = new StreamReader(stream, new UTF8Encoding(false)))
                    {
                        return reader.ReadToEnd();
                    }
                }
                catch (FileNotFoundException)
                {
                    return null;
                }
                catch (DirectoryNotFoundException)
                {
                    return null;
                }
                catch (IOException e) when (IsSharingViolation(e) && DateTime.UtcNow - started < AppendPatience)
                {
                    Thread.Sleep(5 + attempt % 20);
                }
            }
        }

        /// <summary>
        /// Takes the journal's key lock (a lock file beside it, opened exclusively), so the check of an idempotency key, the
        /// submission and its append happen in one process at a time. Waits while another holds it, up to <paramref name="patience"/>.
        /// </summary>
        internal async Task<IDisposable?> LockKeysAsync(TimeSpan patience, CancellationToken cancellationToken)
        {
            var folder = System.IO.Path.GetDirectoryName(KeyLockPath);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            var started = DateTime.UtcNow;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    return new FileStream(KeyLockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException e) when (IsSharingViolation(e))
                {
                    if (DateTime.UtcNow - started > patience) return null;
                    await Task.Delay(20, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static bool IsSharingViolation(IOException e) =>
            !(e is FileNotFoundException) && !(e is DirectoryNotFoundException) && !(e is PathTooLongException) &&
            // ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION on Windows; on Unix .NET reports a held lock with the same HResult.
            ((e.HResult & 0xFFFF) == 32 || (e.HResult & 0xFFFF) == 33 || e.HResult == 11 || e.HResult == 35 ||
             e.Message.IndexOf("being used by another process", StringComparison.OrdinalIgnoreCase) >= 0);

        private static byte[] Serialize(SunoJournalEntry entry)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WriteString("time", entry.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteString("event", entry.Event);
                    if (entry.TaskId != null) writer.WriteString("taskId", entry.TaskId);
                    writer.WriteString("family", entry.Family.ToString());
                    writer.WriteString("endpoint", entry.Endpoint);
                    if (entry.IdempotencyKey != null) writer.WriteString("idempotencyKey", entry.IdempotencyKey);
                    writer.WriteString("fingerprint", entry.Fingerprint);
                    writer.WriteString("host", entry.Host);
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
                return stream.ToArray();
            }
        }

        private static SunoJournalEntry? Parse(string line)
        {
            try
            {
                using (var doc = JsonDocument.Parse(line))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind != JsonValueKind.Object) return null;
                    var time = Text(root, "time");
                    var family = Text(root, "family");
                    if (time == null || !DateTimeOffset.TryParse(time, System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var parsed))
                    {
                        return null;
                    }

                    if (family == null || !Enum.TryParse<SunoTaskFamily>(family, true, out var parsedFamily)) return null;
                    return new SunoJournalEntry
                    {
                        Time = parsed,
                        Event = Text(root, "event") ?? "",
                        TaskId = Text(root, "taskId"),
                        Family = parsedFamily,
                        Endpoint = Text(root, "endpoint") ?? "",
                        IdempotencyKey = Text(root, "idempotencyKey"),
                        Fingerprint = Text(root, "fingerprint") ?? "",
                        Host = Text(root, "host") ?? "",
                    };
                }
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
