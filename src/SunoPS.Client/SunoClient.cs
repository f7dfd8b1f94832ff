using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;
using SunoPS.Client.Http;
using SunoPS.Client.Journal;
using SunoPS.Client.Json;
using SunoPS.Client.Lyrics;
using SunoPS.Client.Requests;
using SunoPS.Client.Uploads;
using System.Collections.Generic;

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
        private readonly ReadPacer _readPacer;
        private readonly object _filesGate = new object();
        private FileHostClient? _files;
        private readonly TaskJournal? _journal;

        public SunoClient(SunoClientOptions options, HttpMessageHandler? handler = null)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            Options = options.Clone();
            _transport = new ApiTransport(Options, handler);
            _readPacer = new ReadPacer(Options.Clock);
            _journal = string.IsNullOrWhiteSpace(Options.JournalPath) ? null : new TaskJournal(Options.JournalPath!);
        }

        public SunoClientOptions Options { get; }

        /// <summary>The session's one adaptive pacer of record reads: it slows every read once the API throttles one.</summary>
        internal ReadPacer ReadPacer => _readPacer;

        /// <summary>Reads one music task record.</summary>
        public Task<SunoTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
            GetTaskAsync(new SunoTaskReference(taskId ?? "", SunoTaskFamily.Music), cancellationToken);

        /// <summary>Reads a task record from its family's record-info endpoint.</summary>
        public async Task<SunoTask> GetTaskAsync(SunoTaskReference task, CancellationToken cancellationToken = default)
        {
            if (task == null) throw new ArgumentNullException(nameof(task));
            var id = RequireTaskId(task.TaskId);
            var family = TaskFamilies.Get(task.Family);
            var call = new ApiCall(HttpMethod.Get, family.RecordPathFor(id))
            {
                NotFoundKind = SunoErrorKind.TaskNotFound,
                Envelope = family.Envelope,
                CodeOverrides = family.CodeOverrides,
                Target = id,
                BeforeAttempt = _readPacer.WaitTurnAsync,
                OnThrottled = _readPacer.SlowDown,
            };
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            if (data.ValueKind != JsonValueKind.Object)
            {
                // The API says "success" but has no record: for the user that is an unknown task.
                throw new SunoException(SunoErrorKind.TaskNotFound, "The Suno API has no " + family.Name + " record of task '" + id + "'.") { Target = id };
            }

            return TaskRecordReader.Read(family, data, id);
        }

        /// <summary>The account's remaining credits.</summary>
        public async Task<long> GetCreditsAsync(CancellationToken cancellationToken = default)
        {
            var data = await _transport.SendAsync(new ApiCall(HttpMethod.Get, "api/v1/generate/credit"), cancellationToken)
                .ConfigureAwait(false);
            // Some gateways wrap it.
            var value = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("credits", out var nested) ? nested : data;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var credits) && credits >= 0 &&
                credits == decimal.Truncate(credits) && credits <= long.MaxValue)
            {
                return (long)credits;
            }

            // A balance that is negative, fractional, a string or absent is not one to act on: the server is wrong.
            var shown = value.ValueKind == JsonValueKind.Undefined ? "nothing" : value.GetRawText();
            throw new SunoException(SunoErrorKind.ServerError, "The Suno API answered the credit query without a non-negative whole number (" +
                                                               (shown.Length > 40 ? shown.Substring(0, 40) + "…" : shown) + ").");
        }

        /// <summary>
        /// Submits a task after checking the request's documented rules (a <see cref="SunoException"/> with
        /// <see cref="SunoException.Problems"/> when they fail, before anything is sent); returns the pending task.
        /// </summary>
        public async Task<SunoTask> SubmitAsync(SunoSubmission submission, CancellationToken cancellationToken = default) =>
            (await SubmitAsync(submission, null, cancellationToken).ConfigureAwait(false)).Task;

        /// <summary>
        /// Submits a task; the accepted task id is journaled before this returns. With an idempotency key, the check of the
        /// journal, the submission and its append hold the journal's key lock, so two processes never both pay for one key.
        /// A submission whose outcome is unknown is journaled as such and thrown as <see cref="SunoErrorKind.SubmissionOutcomeUnknown"/>.
        /// </summary>
        public async Task<SunoSubmitResult> SubmitAsync(SunoSubmission submission, SunoSubmitOptions? options, CancellationToken cancellationToken = default)
        {
            if (submission == null) throw new ArgumentNullException(nameof(submission));
            var problems = submission.Validate();
            if (problems.Count > 0) throw new SunoException(problems);

            var fingerprint = options?.Fingerprint ?? RequestFingerprint.Of(submission);
            var key = string.IsNullOrWhiteSpace(options?.IdempotencyKey) ? null : options!.IdempotencyKey!.Trim();
            if (key == null) return await SendSubmissionAsync(submission, null, fingerprint, options?.Paced, cancellationToken).ConfigureAwait(false);

            var journal = JournalForKey(key);
            using (var held = await journal.LockKeysAsync(Options.JournalLockTimeout, cancellationToken).ConfigureAwait(false))
            {
                if (held == null)
                {
                    throw new SunoException(SunoErrorKind.Timeout, "Another submission with an idempotency key held the task journal's lock (" +
                                                                   journal.KeyLockPath + ") for too long; nothing was sent.") { Target = key };
                }

                return await FindSubmittedAsync(key, fingerprint, cancellationToken).ConfigureAwait(false) ??
                       await SendSubmissionAsync(submission, key, fingerprint, options?.Paced, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The task journaled for <paramref name="idempotencyKey"/> with the same request, read live; null when the key is new.
        /// A key used for a different request is an <see cref="SunoErrorKind.InvalidRequest"/> naming the earlier task.
        /// </summary>
        public async Task<SunoSubmitResult?> FindSubmittedAsync(string idempotencyKey, string fingerprint, CancellationToken cancellationToken = default)
        {
            var key = idempotencyKey?.Trim() ?? "";
            var journal = JournalForKey(key);
            SunoJournalEntry? unknown = null;
            foreach (var entry in journal.Read())
            {
                if (!string.Equals(entry.IdempotencyKey, key, StringComparison.Ordinal)) continue;
                if (!string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal))
                {
                    var earlier = entry.TaskId ?? "(outcome unknown)";
                    throw new SunoException(SunoErrorKind.InvalidRequest, "The idempotency key '" + key + "' was used on " +
                                                                          entry.Time.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) +
                                                                          " for a different request: task " + earlier + ". Nothing was sent.")
                        { Target = key, ExistingTaskId = entry.TaskId };
                }

                if (entry.Event == SunoJournalEntry.Submitted && !string.IsNullOrEmpty(entry.TaskId))
                {
                    var task = await GetTaskAsync(new SunoTaskReference(entry.TaskId!, entry.Family), cancellationToken).ConfigureAwait(false);
                    return new SunoSubmitResult(task, alreadySubmitted: true, journalFailure: null);
                }

                unknown ??= entry;
            }

            if (unknown != null)
            {
                throw new SunoException(SunoErrorKind.SubmissionOutcomeUnknown, "The submission with idempotency key '" + key + "' on " +
                                                                               unknown.Time.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) +
                                                                               " has an unknown outcome; it is not sent again.")
                    { Target = key, MayHaveBeenAccepted = true };
            }

            return null;
        }

        /// <summary>Every event of the task journal, oldest first; empty when there is no journal.</summary>
        public IReadOnlyList<SunoJournalEntry> ReadJournal() => _journal?.Read() ?? (IReadOnlyList<SunoJournalEntry>)new SunoJournalEntry[0];

        private TaskJournal JournalForKey(string key) =>
            _journal ?? throw new SunoException(SunoErrorKind.InvalidRequest, "An idempotency key needs the task journal, which is off; nothing was sent.")
                { Target = key };

        private async Task<SunoSubmitResult> SendSubmissionAsync(SunoSubmission submission, string? key, string fingerprint,
            Action<TimeSpan?>? paced, CancellationToken cancellationToken)
        {
            var endpoint = submission.Endpoint;
            var call = new ApiCall(HttpMethod.Post, endpoint.Path)
            {
                JsonBody = JsonBody.Write(submission.ToFields()),
                SpendsCredits = endpoint.SpendsCredits,
                CodeOverrides = endpoint.CodeOverrides,
                ExistingTaskCode = endpoint.ExistingTaskCode,
            };

            JsonElement data;
            var sending = false;
            try
            {
                using (await SubmitGate().WaitTurnAsync(cancellationToken, paced).ConfigureAwait(false))
                {
                    sending = true;
                    data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (SunoException e) when (e.MayHaveBeenAccepted && endpoint.SpendsCredits)
            {
                var failure = JournalEvent(SunoJournalEntry.Unknown, null, submission, key, fingerprint);
                throw OutcomeUnknown(e.Message, e, failure);
            }
            catch (OperationCanceledException) when (sending && endpoint.SpendsCredits && cancellationToken.IsCancellationRequested)
            {
                // Stopped while the request may have reached the API: a later look at the journal must find it.
                JournalEvent(SunoJournalEntry.Unknown, null, submission, key, fingerprint);
                throw;
            }

            var taskId = JsonValues.String(data, "taskId") ?? JsonValues.String(data, "task_id");
            if (string.IsNullOrEmpty(taskId))
            {
                var failure = JournalEvent(SunoJournalEntry.Unknown, null, submission, key, fingerprint);
                throw OutcomeUnknown("The Suno API accepted the submission but returned no task id.", null, failure);
            }

            // Journaled before anything else happens, so a process killed a moment later still has it on disk.
            var journalFailure = JournalEvent(SunoJournalEntry.Submitted, taskId, submission, key, fingerprint);
            return new SunoSubmitResult(SubmittedTask.From(taskId!, submission), alreadySubmitted: false, journalFailure);
        }

        /// <summary>
        /// A synchronous call that spends or creates (a persona, a style boost): it makes no task to journal, but an answer
        /// lost after sending is the same unknown outcome as a submission's, never resent.
        /// </summary>
        private async Task<JsonElement> SendOrderAsync(ApiCall call, CancellationToken cancellationToken)
        {
            try
            {
                return await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            }
            catch (SunoException e) when (e.MayHaveBeenAccepted && call.SpendsCredits)
            {
                throw OutcomeUnknown(e.Message, e, null);
            }
        }

        private static SunoException OutcomeUnknown(string message, SunoException? cause, string? journalFailure) =>
            new SunoException(SunoErrorKind.SubmissionOutcomeUnknown,
                message + (journalFailure == null ? "" : " The task journal could not record it: " + journalFailure), cause)
            {
                MayHaveBeenAccepted = true,
                ApiCode = cause?.ApiCode,
                HttpStatus = cause?.HttpStatus,
                Target = cause?.Target,
                Attempts = cause?.Attempts ?? 1,
            };

        /// <summary>Appends one event; returns why it could not be written, or null (also when there is no journal).</summary>
        private string? JournalEvent(string kind, string? taskId, SunoSubmission submission, string? key, string fingerprint) =>
            _journal?.TryAppend(new SunoJournalEntry
            {
                Time = DateTimeOffset.UtcNow,
                Event = kind,
                TaskId = taskId,
                Family = submission.Family,
                Endpoint = submission.Endpoint.Path,
                IdempotencyKey = key,
                Fingerprint = fingerprint,
                Host = Options.BaseUri.Authority,
            });

        /// <summary>
        /// Puts a local file or a URL on the upload host; its DownloadUrl is what audio-taking requests carry. Retried
        /// like a read (an upload spends no credits); progress reports the bytes of a local file sent so far.
        /// </summary>
        public Task<SunoUploadedFile> UploadAsync(SunoUploadRequest request, IProgress<UploadProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            return new FileUploader(_transport, Options.UploadTimeout).UploadAsync(request, progress, cancellationToken);
        }

        /// <summary>A finished track's lyrics word by word with their times (synchronous; spends nothing).</summary>
        public async Task<SunoTimestampedLyrics> GetTimestampedLyricsAsync(string taskId, string audioId, CancellationToken cancellationToken = default)
        {
            var task = RequireTaskId(taskId);
            var audio = audioId?.Trim();
            if (string.IsNullOrEmpty(audio))
            {
                throw new SunoException(new[] { new SunoProblem("audioId", SunoProblemRule.Required) }) { Target = audioId };
            }

            var call = new ApiCall(HttpMethod.Post, "api/v1/generate/get-timestamped-lyrics")
            {
                JsonBody = JsonBody.Write(new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["audioId"] = audio, ["taskId"] = task }),
                SpendsCredits = false,
                Target = audio,
            };
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            return AlignedWordReader.Read(data, task, audio!);
        }

        /// <summary>Makes a persona from a finished track (synchronous). A second one for the same track is AlreadyExists.</summary>
        public async Task<SunoPersona> CreatePersonaAsync(PersonaRequest request, CancellationToken cancellationToken = default)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var problems = request.Validate();
            if (problems.Count > 0) throw new SunoException(problems);

            var call = new ApiCall(HttpMethod.Post, "api/v1/generate/generate-persona")
            {
                JsonBody = JsonBody.Write(request.ToFields()),
                // Its own code table (suno-api.md §4.14): 402 credits, 409 exists, 422 invalid, 429 rate limited.
                CodeOverrides = ApiCodeMap.CreditsAs402RateLimitAs429,
                Target = request.AudioId,
            };
            var data = await SendOrderAsync(call, cancellationToken).ConfigureAwait(false);
            var id = JsonValues.NullIfEmpty(JsonValues.String(data, "personaId"));
            if (id == null)
            {
                throw OutcomeUnknown("The Suno API answered the persona request without a personaId.", null, null);
            }

            return new SunoPersona
            {
                PersonaId = id,
                Name = JsonValues.String(data, "name") ?? request.Name,
                Description = JsonValues.String(data, "description") ?? request.Description,
                TaskId = request.TaskId!.Trim(),
                AudioId = request.AudioId!.Trim(),
            };
        }

        /// <summary>Boosts a style text (synchronous; spends a fraction of a credit).</summary>
        public async Task<SunoStyleBoost> BoostStyleAsync(string content, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                throw new SunoException(new[] { new SunoProblem("content", SunoProblemRule.Required) }) { Target = content };
            }

            var call = new ApiCall(HttpMethod.Post, "api/v1/style/generate")
            {
                JsonBody = JsonBody.Write(new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["content"] = content }),
                Target = content,
            };
            var data = await SendOrderAsync(call, cancellationToken).ConfigureAwait(false);
            return new SunoStyleBoost
            {
                Content = content,
                Style = JsonValues.String(data, "result"),
                CreditsConsumed = JsonValues.Decimal(data, "creditsConsumed"),
                CreditsRemaining = JsonValues.Decimal(data, "creditsRemaining"),
                TaskId = JsonValues.NullIfEmpty(JsonValues.String(data, "taskId")),
                SuccessFlag = JsonValues.String(data, "successFlag"),
                ErrorCode = JsonValues.Integer(data, "errorCode"),
                ErrorMessage = JsonValues.NullIfEmpty(JsonValues.String(data, "errorMessage")),
                CreatedAt = JsonValues.Time(data, "createTime"),
            };
        }

        /// <summary>
        /// Whether the custom voice of voice task <paramref name="voiceTaskId"/> can be used yet (POST
        /// /api/v1/voice/check-voice, synchronous, no credits; the endpoint names its field <c>task_id</c>).
        /// </summary>
        public async Task<SunoVoiceAvailability> CheckVoiceAsync(string voiceTaskId, CancellationToken cancellationToken = default)
        {
            var id = RequireTaskId(voiceTaskId);
            var call = new ApiCall(HttpMethod.Post, "api/v1/voice/check-voice")
            {
                JsonBody = JsonBody.Write(new[] { new System.Collections.Generic.KeyValuePair<string, object?>("task_id", id) }),
                NotFoundKind = SunoErrorKind.TaskNotFound,
                Target = id,
                SpendsCredits = false, // a question, not an order: safe to ask again
            };
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            var available = data.ValueKind == JsonValueKind.Object ? JsonValues.Boolean(data, "isAvailable") : null;
            if (available == null)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse, "The Suno API answered the voice check of task '" + id + "' without isAvailable.")
                    { Target = id };
            }

            return new SunoVoiceAvailability(id, available.Value);
        }

        /// <summary>Submits a generation (2 tracks); returns the new task id.</summary>
        public async Task<string> GenerateMusicAsync(GenerateMusicRequest request, CancellationToken cancellationToken = default) =>
            (await SubmitAsync(request, cancellationToken).ConfigureAwait(false)).TaskId;

        /// <summary>
        /// A downloader for task outputs. All downloaders of a client share one connection pool for file hosts,
        /// separate from the API's, which never carries the API key.
        /// </summary>
        public OutputDownloader CreateDownloader(OutputDownloadOptions? options = null)
        {
            lock (_filesGate)
            {
                // File URLs come from the API: private addresses only when the API itself is on loopback (the emulator).
                _files ??= new FileHostClient(Options.UserAgent, allowPrivate: Http.LoopbackHost.Of(Options.BaseUri), proxy: Options.Proxy);
            }

            return new OutputDownloader(_files, options ?? new OutputDownloadOptions(), GetTaskAsync) { ReadLyrics = GetTimestampedLyricsAsync };
        }

        /// <summary>The process-wide pacer of submissions for this origin and the key in effect now.</summary>
        private SubmitGate SubmitGate() =>
            SubmitGates.For(Options.BaseUri, Options.ApiKeyProvider?.Invoke(), Options.SubmitLimit, Options.SubmitWindow, Options.Clock);

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
