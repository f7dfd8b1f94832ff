using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Journal;
using Xunit;

namespace SunoPS.Client.Tests.Journal
{
    /// <summary>The journal file itself: whole lines, none lost when many writers append at once, tolerant reading.</summary>
    public sealed class TaskJournalTests
    {
        private static SunoJournalEntry Entry(string id) => new SunoJournalEntry
        {
            Time = DateTimeOffset.UtcNow, Event = SunoJournalEntry.Submitted, TaskId = id, Family = SunoTaskFamily.Wav,
            Endpoint = "api/v1/wav/generate", Fingerprint = new string('a', 64), Host = "127.0.0.1", IdempotencyKey = "k-" + id,
        };

        [Fact]
        public void An_entry_is_one_JSON_line_with_every_field()
        {
            using var temp = new TempJournal();
            var journal = new TaskJournal(temp.FilePath);

            Assert.Null(journal.TryAppend(Entry("t1")));

            var line = Assert.Single(temp.Lines());
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal("submitted", root.GetProperty("event").GetString());
            Assert.Equal("t1", root.GetProperty("taskId").GetString());
            Assert.Equal("Wav", root.GetProperty("family").GetString());
            Assert.Equal("api/v1/wav/generate", root.GetProperty("endpoint").GetString());
            Assert.Equal("k-t1", root.GetProperty("idempotencyKey").GetString());
            Assert.Equal("127.0.0.1", root.GetProperty("host").GetString());
            Assert.EndsWith("Z", root.GetProperty("time").GetString());
            var read = Assert.Single(journal.Read());
            Assert.Equal("t1", read.TaskId);
            Assert.Equal(SunoTaskFamily.Wav, read.Family);
        }

        [Fact]
        public void Many_writers_appending_at_once_lose_and_interleave_nothing()
        {
            using var temp = new TempJournal();
            const int writers = 12, each = 40;
            var failures = 0;
            var start = new ManualResetEventSlim();
            var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
            {
                // A journal per writer, as separate processes have: each append opens the file on its own.
                var journal = new TaskJournal(temp.FilePath);
                start.Wait();
                for (var i = 0; i < each; i++)
                {
                    if (journal.TryAppend(Entry("w" + w + "-" + i)) != null) Interlocked.Increment(ref failures);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            start.Set();
            threads.ForEach(t => t.Join());

            Assert.Equal(0, failures);
            var lines = temp.Lines();
            Assert.Equal(writers * each, lines.Length);
            foreach (var line in lines) JsonDocument.Parse(line).Dispose(); // every line whole
            var ids = new TaskJournal(temp.FilePath).Read().Select(e => e.TaskId).ToList();
            Assert.Equal(writers * each, ids.Distinct().Count());
        }

        [Fact]
        public void A_line_cut_off_by_a_killed_process_is_skipped_and_the_rest_is_read()
        {
            using var temp = new TempJournal();
            var journal = new TaskJournal(temp.FilePath);
            journal.TryAppend(Entry("before"));
            File.AppendAllText(temp.FilePath, "{\"time\":\"2026-01-01T00:00:00Z\",\"event\":\"subm");
            File.AppendAllText(temp.FilePath, "\n");
            journal.TryAppend(Entry("after"));

            Assert.Equal(new[] { "before", "after" }, journal.Read().Select(e => e.TaskId));
        }

        [Fact]
        public void A_journal_that_cannot_be_written_says_why_instead_of_throwing()
        {
            using var temp = new TempJournal();
            Directory.CreateDirectory(temp.FilePath); // a folder where the file should be

            var failure = new TaskJournal(temp.FilePath).TryAppend(Entry("t1"));

            Assert.False(string.IsNullOrWhiteSpace(failure));
        }

        [Fact]
        public void A_missing_journal_reads_as_empty() =>
            Assert.Empty(new TaskJournal(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "tasks.jsonl")).Read());
    }
}
