using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;
using SunoPS.Client.Json;
using SunoPS.Client.Requests;

namespace SunoPS.Client
{
    /// <summary>
    /// The Suno API. Thread-safe; one per session, so connections are reused. Every method takes a
    /// cancellation token and throws <see cref="SunoException"/> for anything the API or the network did wrong.
    /// </summary>
    public sealed class SunoClient : IDisposable
    {
        /// <summary>Sent as callBackUrl when the user gives none: the API requires one even when we only poll.</summary>
        public const string PlaceholderCallbackUrl = "https://example.com/callback";

        private readonly ApiTransport _transport;
        private readonly SubmitGate _submitGate;
        private readonly ReadPacer _readPacer = new ReadPacer();
        private readonly object _filesGate = new object();
        private FileHostClient? _files;

        public SunoClient(SunoClientOptions options, HttpMessageHandler? handler = null)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            Options = options.Clone();
            _transport = new ApiTransport(Options, handler);
            _transport.Throttled += wait => Throttled?.Invoke(wait);
            _submitGate = new SubmitGate(Options.SubmitLimit, Options.SubmitWindow);
        }

        public SunoClientOptions Options { get; }

        /// <summary>Raised whenever the API answers "slow down", with the wait it asked for.</summary>
        public event Action<TimeSpan>? Throttled;

        /// <summary>Reads one music task record.</summary>
        public async Task<SunoTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
        {
            var id = RequireTaskId(taskId);
            var call = new ApiCall(HttpMethod.Get, "api/v1/generate/record-info?taskId=" + Uri.EscapeDataString(id))
            {
                NotFoundKind = SunoErrorKind.TaskNotFound,
                Target = id,
                BeforeAttempt = _readPacer.WaitTurnAsync,
                OnThrottled = _readPacer.SlowDown,
            };
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            if (data.ValueKind != JsonValueKind.Object)
            {
                // The API says "success" but has no record: for the user that is an unknown task.
                throw new SunoException(SunoErrorKind.TaskNotFound, "The Suno API has no record of task '" + id + "'.") { Target = id };
            }

            return TaskRecordReader.Read(data, id);
        }

        /// <summary>
        /// Reads many task records with a few requests in flight at once; results come back in input order.
        /// A failure for one id is returned in its slot, so one bad id does not lose the others.
        /// </summary>
        public async Task<IReadOnlyList<TaskReadResult>> GetTasksAsync(IEnumerable<string> taskIds, int maxConcurrency,
            CancellationToken cancellationToken = default)
        {
            var ids = taskIds.ToList();
            var results = new TaskReadResult[ids.Count];
            using (var slots = new SemaphoreSlim(Math.Max(1, maxConcurrency)))
            {
                var reads = ids.Select(async (id, index) =>
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        results[index] = new TaskReadResult(id, await GetTaskAsync(id, cancellationToken).ConfigureAwait(false), null);
                    }
                    catch (SunoException e)
                    {
                        results[index] = new TaskReadResult(id, null, e);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }).ToList();
                await Task.WhenAll(reads).ConfigureAwait(false);
            }

            return results;
        }

        /// <summary>The account's remaining credits.</summary>
        public async Task<long> GetCreditsAsync(CancellationToken cancellationToken = default)
        {
            var data = await _transport.SendAsync(new ApiCall(HttpMethod.Get, "api/v1/generate/credit"), cancellationToken)
                .ConfigureAwait(false);
            if (data.ValueKind == JsonValueKind.Number && data.TryGetDouble(out var credits))
            {
                return (long)credits;
            }

            if (data.ValueKind == JsonValueKind.Object && JsonValues.Number(data, "credits") is double nested)
            {
                return (long)nested; // Some gateways wrap it.
            }

            throw new SunoException(SunoErrorKind.MalformedResponse, "The Suno API answered the credit query without a number.");
        }

        /// <summary>Submits a generation (2 tracks) after checking the documented rules; returns the new task id.</summary>
        public async Task<string> GenerateMusicAsync(GenerateMusicRequest request, CancellationToken cancellationToken = default)
        {
            var problems = GenerateMusicValidator.Validate(request);
            if (problems.Count > 0)
            {
                throw new SunoException(SunoErrorKind.InvalidRequest, string.Join(" ", problems));
            }

            var call = new ApiCall(HttpMethod.Post, "api/v1/generate")
            {
                JsonBody = JsonBody.Write(request.ToFields()),
            };

            JsonElement data;
            using (await _submitGate.WaitTurnAsync(cancellationToken).ConfigureAwait(false))
            {
                data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            }

            var taskId = JsonValues.String(data, "taskId") ?? JsonValues.String(data, "task_id");
            if (string.IsNullOrEmpty(taskId))
            {
                throw new SunoException(SunoErrorKind.MalformedResponse,
                    "The Suno API accepted the submission but returned no task id.");
            }

            return taskId!;
        }

        /// <summary>
        /// A downloader for track files. All downloaders of a client share one connection pool for file hosts,
        /// separate from the API's, which never carries the API key.
        /// </summary>
        public TrackDownloader CreateDownloader(TrackDownloadOptions? options = null)
        {
            lock (_filesGate)
            {
                _files ??= new FileHostClient(Options.UserAgent);
            }

            return new TrackDownloader(this, _files, options ?? new TrackDownloadOptions());
        }

        private static string RequireTaskId(string taskId)
        {
            var id = taskId?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw new SunoException(SunoErrorKind.InvalidRequest, "A task id is required; an empty one was given.") { Target = taskId };
            }

            return id!;
        }

        public void Dispose()
        {
            _transport.Dispose();
            lock (_filesGate)
            {
                _files?.Dispose();
                _files = null;
            }
        }
    }
}
