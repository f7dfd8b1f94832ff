using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Journal;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Journal
{
    /// <summary>
    /// Against the emulator: an accepted task is journaled before SubmitAsync returns, a submission of unknown outcome is
    /// journaled as such and is SubmissionOutcomeUnknown (sent once), and an idempotency key never pays twice.
    /// </summary>
    public sealed class JournaledSubmissionTests
    {
        private static Task<EmulatorSession> Start(TempJournal journal, Action<SunoClientOptions>? more = null) =>
            EmulatorSession.StartAsync(configureClient: c =>
            {
                c.JournalPath = journal.FilePath;
                more?.Invoke(c);
            });

        [Fact]
        public async Task An_accepted_task_is_in_the_journal_when_SubmitAsync_returns()
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal);

            var task = await s.Client.SubmitAsync(SimpleRequest());

            var entry = Assert.Single(s.Client.ReadJournal());
            Assert.Equal(SunoJournalEntry.Submitted, entry.Event);
            Assert.Equal(task.TaskId, entry.TaskId);
            Assert.Equal(SunoTaskFamily.Music, entry.Family);
            Assert.Equal("api/v1/generate", entry.Endpoint);
            Assert.Equal(s.Emulator.ApiUri.Authority, entry.Host);
            Assert.Equal(RequestFingerprint.Of(SimpleRequest()), entry.Fingerprint);
            Assert.Null(entry.IdempotencyKey);
            Assert.DoesNotContain(EmulatorSession.Key, string.Join("\n", journal.Lines()));
        }

        [Fact]
        public async Task Without_a_journal_path_nothing_is_written()
        {
            using var journal = new TempJournal();
            await using var s = await EmulatorSession.StartAsync();

            await s.Client.SubmitAsync(SimpleRequest());

            Assert.Empty(s.Client.ReadJournal());
            Assert.False(System.IO.File.Exists(journal.FilePath));
        }

        [Fact]
        public async Task A_journal_that_cannot_be_written_still_returns_the_task_and_says_why()
        {
            using var journal = new TempJournal();
            System.IO.Directory.CreateDirectory(journal.FilePath);
            await using var s = await Start(journal);

            var result = await s.Client.SubmitAsync(SimpleRequest(), new SunoSubmitOptions());

            Assert.False(string.IsNullOrEmpty(result.Task.TaskId));
            Assert.False(string.IsNullOrWhiteSpace(result.JournalFailure));
            Assert.Equal(1, s.Emulator.State.TaskCount);
        }

        [Theory]
        [InlineData(FaultKind.Reset, 0, SunoErrorKind.NetworkError)]
        [InlineData(FaultKind.HttpStatus, 500, SunoErrorKind.ServerError)]
        [InlineData(FaultKind.Html, 502, SunoErrorKind.ServerError)]
        [InlineData(FaultKind.Malformed, 0, SunoErrorKind.MalformedResponse)]
        public async Task A_submission_of_unknown_outcome_is_its_own_kind_journaled_and_sent_once(FaultKind kind, int code, SunoErrorKind cause)
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal);
            s.Fault(kind, code, count: -1, path: GeneratePath);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
            Assert.Equal(cause, Assert.IsType<SunoException>(e.InnerException).Kind);
            Assert.True(e.MayHaveBeenAccepted);
            Assert.Equal(1, s.Requests(GeneratePath)); // never retried blindly
            var entry = Assert.Single(s.Client.ReadJournal());
            Assert.Equal(SunoJournalEntry.Unknown, entry.Event);
            Assert.Null(entry.TaskId);
            Messages.AssertNamesNoCommand(e.Message);
        }

        [Fact]
        public async Task A_submission_that_times_out_is_of_unknown_outcome()
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal, c => c.RequestTimeout = TimeSpan.FromMilliseconds(300));
            s.Fault(FaultKind.Delay, count: 1, path: GeneratePath, delayMs: 3000);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
            Assert.Equal(1, s.Requests(GeneratePath));
            Assert.Equal(SunoJournalEntry.Unknown, Assert.Single(s.Client.ReadJournal()).Event);
        }

        [Fact]
        public async Task A_refused_connection_sent_nothing_and_keeps_its_kind()
        {
            using var journal = new TempJournal();
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            using var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = new Uri("http://127.0.0.1:" + port + "/"), ApiKeyProvider = () => EmulatorSession.Key,
                MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10), JournalPath = journal.FilePath,
            });

            var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
            Assert.False(e.MayHaveBeenAccepted);
            Assert.Empty(client.ReadJournal());
        }

        [Fact]
        public async Task The_same_idempotency_key_and_request_pays_once()
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal);
            var options = new SunoSubmitOptions { IdempotencyKey = "run-42" };

            var first = await s.Client.SubmitAsync(SimpleRequest(), options);
            var second = await s.Client.SubmitAsync(SimpleRequest(), options);

            Assert.False(first.AlreadySubmitted);
            Assert.True(second.AlreadySubmitted);
            Assert.Equal(first.Task.TaskId, second.Task.TaskId);
            Assert.Equal(1, s.Requests(GeneratePath));
            Assert.Equal(1, s.Emulator.State.TaskCount);
            Assert.Equal("run-42", Assert.Single(s.Client.ReadJournal()).IdempotencyKey);
        }

        [Fact]
        public async Task The_same_idempotency_key_with_another_request_is_refused_naming_the_earlier_task()
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal);
            var options = new SunoSubmitOptions { IdempotencyKey = "run-43" };
            var first = await s.Client.SubmitAsync(SimpleRequest("one"), options);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(SimpleRequest("two"), options));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(first.Task.TaskId, e.ExistingTaskId);
            Assert.Contains(first.Task.TaskId, e.Message);
            Assert.Equal(1, s.Requests(GeneratePath));
        }

        [Fact]
        public async Task An_idempotency_key_without_a_journal_is_refused_before_sending()
        {
            await using var s = await EmulatorSession.StartAsync();

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                s.Client.SubmitAsync(SimpleRequest(), new SunoSubmitOptions { IdempotencyKey = "k" }));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(0, s.Requests(GeneratePath));
        }

        [Fact]
        public async Task Clients_racing_with_one_key_submit_once()
        {
            using var journal = new TempJournal();
            await using var s = await Start(journal);
            // Each client opens the journal and its lock file on its own, as another process would.
            var clients = Enumerable.Range(0, 6).Select(_ => new SunoClient(new SunoClientOptions
            {
                BaseUri = s.Emulator.ApiUri, ApiKeyProvider = () => EmulatorSession.Key, JournalPath = journal.FilePath,
                RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            })).ToList();
            s.Fault(FaultKind.Delay, count: 1, path: GeneratePath, delayMs: 300); // the first holds the lock a while

            var results = await Task.WhenAll(clients.Select(c => c.SubmitAsync(SimpleRequest(), new SunoSubmitOptions { IdempotencyKey = "race" })));

            Assert.Equal(1, s.Emulator.State.TaskCount);
            Assert.Single(results.Select(r => r.Task.TaskId).Distinct());
            Assert.Single(results, r => !r.AlreadySubmitted);
            clients.ForEach(c => c.Dispose());
        }

        [Fact]
        public void The_fingerprint_ignores_the_callback_placeholder_but_not_a_real_callback()
        {
            var plain = RequestFingerprint.Of(new GenerateMusicRequest { Prompt = "x" });
            Assert.Equal(plain, RequestFingerprint.Of(new GenerateMusicRequest { Prompt = "x" }));
            Assert.NotEqual(plain, RequestFingerprint.Of(new GenerateMusicRequest { Prompt = "y" }));
            Assert.NotEqual(plain, RequestFingerprint.Of(new GenerateMusicRequest { Prompt = "x", CallbackUrl = "https://hooks.example.org/a" }));
            Assert.Matches("^[0-9a-f]{64}$", plain);
        }
    }
}
