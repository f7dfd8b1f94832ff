using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using Xunit.Abstractions;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Soak
{
    /// <summary>
    /// The soak of docs/reliability.md: 2,000 tasks submitted and waited for against the emulator with about 5% random
    /// transient faults on every request. Time is compressed (a fast emulator clock, a submit window of a quarter
    /// second on both sides), never asserted: what is asserted is that every task ends exactly once, none is lost or
    /// duplicated, no request was over budget, and memory stayed bounded. The figures go to the test output and to
    /// out/test-results/soak.json for the document.
    /// </summary>
    public class SoakTests
    {
        // SUNO_SOAK_TASKS shortens the soak while investigating; CI runs the full 2,000.
        private static readonly int Tasks = int.TryParse(Environment.GetEnvironmentVariable("SUNO_SOAK_TASKS"), out var n) && n > 0 ? n : 2000;
        private const double SubmitWindowSeconds = 0.25;
        private readonly ITestOutputHelper _output;

        public SoakTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Two_thousand_tasks_with_five_percent_transient_faults_each_end_exactly_once_within_budget()
        {
            var journalPath = Path.Combine(Path.GetTempPath(), "suno-soak-" + Guid.NewGuid().ToString("N") + ".jsonl");
            await using var s = await EmulatorSession.StartAsync(
                e =>
                {
                    e.ClockSpeed = 120;
                    e.GenerateLimit = 20;
                    e.GenerateWindowSeconds = SubmitWindowSeconds;
                    e.ReadLimitPerSecond = 400;
                    e.InitialCredits = 1_000_000;
                },
                c =>
                {
                    c.SubmitLimit = 20;
                    c.SubmitWindow = TimeSpan.FromSeconds(SubmitWindowSeconds);
                    c.MaxRetries = 6;
                    c.JournalPath = journalPath;
                });
            AddTransientFaults(s.Emulator.State);

            var events = new ConcurrentQueue<WaitEvent>();
            var settings = new WaitSettings
            {
                PollInterval = TimeSpan.FromMilliseconds(250),
                MaxPollInterval = TimeSpan.FromSeconds(1),
                Timeout = TimeSpan.FromMinutes(5),
                MaxRequestsPerSecond = 300,
                MaxConcurrentReads = 32,
            };
            long peakManaged = 0;
            var elapsed = Stopwatch.StartNew();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                    try { await Task.Delay(100, sampling.Token); } catch (OperationCanceledException) { }
                }
            });

            var submitSeconds = 0.0;
            var submitted = new ConcurrentBag<string>();
            var submitErrors = new ConcurrentBag<Exception>();
            using (var waiter = new TaskWaiter(s.Client, settings, events.Enqueue))
            {
                var waiting = waiter.RunAsync(CancellationToken.None);
                // Submissions go through the client's one gate, as parallel runspaces would; each accepted task joins the wait at once.
                await Task.WhenAll(Enumerable.Range(0, Tasks).Select(async i =>
                {
                    try
                    {
                        var task = await s.Client.SubmitAsync(SimpleRequest($"Soak track {i}"));
                        submitted.Add(task.TaskId);
                        waiter.Add(task.Reference, task);
                    }
                    catch (Exception e)
                    {
                        submitErrors.Add(e);
                    }
                }));
                submitSeconds = elapsed.Elapsed.TotalSeconds;
                waiter.CompleteAdding();
                await waiting;
                Volatile.Write(ref readCount, waiter.ReadCount);
            }

            elapsed.Stop();
            sampling.Cancel();
            await sampler;

            var stats = s.Emulator.State.Stats;
            var journaled = new SunoPS.Client.Journal.TaskJournal(journalPath).Read()
                .Where(e => e.Event == SunoPS.Client.Journal.SunoJournalEntry.Submitted).Select(e => e.TaskId).ToList();
            File.Delete(journalPath);
            var ended = events.Where(e => e.Kind != WaitEventKind.StatusChanged).ToList();
            var endsPerTask = ended.GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => g.Count());
            var figures = new
            {
                tasks = Tasks,
                submitted = submitted.Count,
                submitErrors = submitErrors.Count,
                distinctTaskIds = submitted.Distinct().Count(),
                journaled = journaled.Count,
                emulatorTasks = stats.Tasks,
                reached = ended.Count(e => e.Kind == WaitEventKind.Reached),
                otherEnds = ended.Where(e => e.Kind != WaitEventKind.Reached).GroupBy(e => e.Kind + ": " + (e.Error?.Message ?? e.Task?.Status))
                    .ToDictionary(g => g.Key, g => g.Count()),
                firstSubmitError = submitErrors.FirstOrDefault()?.Message,
                faultsApplied = stats.FaultsApplied,
                apiRequests = stats.ApiRequests,
                statusReads = readCount,
                readsPerTask = Math.Round((double)readCount / Tasks, 2),
                generateRejected = stats.GenerateRejected,
                throttled = stats.Throttled,
                peakManagedMiB = Math.Round(peakManaged / 1048576.0, 1),
                submitSeconds = Math.Round(submitSeconds, 1),
                seconds = Math.Round(elapsed.Elapsed.TotalSeconds, 1),
            };
            var json = JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true });
            _output.WriteLine(json);
            WriteFigures(json);

            Assert.Empty(submitErrors);
            Assert.Equal(Tasks, submitted.Distinct().Count());
            Assert.Equal(Tasks, stats.Tasks);                            // nothing submitted twice
            Assert.Equal(submitted.OrderBy(id => id), journaled.OrderBy(id => id)); // every task in the journal, once
            Assert.All(submitted, id => Assert.Equal(1, endsPerTask.GetValueOrDefault(id))); // every task ends exactly once
            Assert.Equal(Tasks, ended.Count);
            Assert.Equal(Tasks, ended.Count(e => e.Kind == WaitEventKind.Reached));
            Assert.True(stats.FaultsApplied > Tasks / 10, $"only {stats.FaultsApplied} faults were applied");
            Assert.Equal(0, stats.GenerateRejected);                     // submissions stayed within 20 per window
            Assert.Equal(0, stats.Throttled);                            // reads stayed within the read limit
            Assert.True(peakManaged < 256L * 1024 * 1024, $"peak managed heap {peakManaged / 1048576} MiB");
        }

        private int readCount;

        /// <summary>About 5% of every request: API answers a client must retry through, as the real service gives them.</summary>
        private static void AddTransientFaults(EmulatorState state)
        {
            var seed = 11;
            void Add(string path, FaultKind kind, double p, int code = 0, int? retryAfter = null, string? method = null)
            {
                state.AddFault(new FaultSpec
            {
                PathPrefix = path, Method = method, Kind = kind, Code = code, Count = -1, Probability = p, Seed = seed++, RetryAfterSeconds = retryAfter,
            });
            }

            // Reads: resets, gateways' HTML, cut-off JSON, maintenance and 503s.
            Add(RecordInfoPath, FaultKind.Reset, 0.01);
            Add(RecordInfoPath, FaultKind.Html, 0.01, 502);
            Add(RecordInfoPath, FaultKind.Malformed, 0.01);
            Add(RecordInfoPath, FaultKind.BodyCode, 0.01, 455);
            Add(RecordInfoPath, FaultKind.HttpStatus, 0.01, 503, retryAfter: 0);
            // Submissions: only answers that certainly accepted nothing, which the client may retry (a fault that may have
            // accepted a paid task ends in SunoSubmissionOutcomeUnknown, never a retry: the fault matrix covers those).
            Add("/api/v1/generate", FaultKind.BodyCode, 0.03, 430, method: "POST");
            Add("/api/v1/generate", FaultKind.BodyCode, 0.02, 455, method: "POST");
        }

        private static void WriteFigures(string json)
        {
            var dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "SunoPS.sln"))) dir = Path.GetDirectoryName(dir);
            if (dir == null) return;
            var results = Path.Combine(dir, "out", "test-results");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "soak.json"), json);
        }
    }
}
