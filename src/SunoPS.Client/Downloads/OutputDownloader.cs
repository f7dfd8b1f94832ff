using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Downloads.Formats;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Saves the outputs of tasks of any family: streams each file to a temporary file beside its target with a
    /// fixed buffer (behind its ID3 tag when it is a song, written first so the file is never rewritten to make
    /// room for it), verifies it (size against Content-Length, then as its format allows: MP3 playing time,
    /// WAV header), retries truncated or wrong files, renews an expired URL once from the output's own task
    /// record, and only then moves it into place. Whatever fails, including cancellation, the temporary file is
    /// deleted. Thread-safe: run many at once. The API key is never sent: files come through a separate HTTP client.
    /// </summary>
    public sealed class OutputDownloader
    {
        private static readonly Task<byte[]?> NoCover = Task.FromResult<byte[]?>(null);
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly FileHostClient _files;
        private readonly OutputDownloadOptions _options;
        private readonly Func<SunoTaskReference, CancellationToken, Task<SunoTask>> _readTask;
        private readonly RetryPolicy _retry;
        private readonly CoverCache<BytesOutcome> _covers;

        /// <param name="readTask">Reads a task record of any family: how expired URLs are renewed and metadata is found.</param>
        internal OutputDownloader(FileHostClient files, OutputDownloadOptions options, Func<SunoTaskReference, CancellationToken, Task<SunoTask>> readTask)
        {
            _files = files ?? throw new ArgumentNullException(nameof(files));
            _readTask = readTask ?? throw new ArgumentNullException(nameof(readTask));
            _options = (options ?? new OutputDownloadOptions()).Clone();
            _options.MaxAttempts = Math.Max(1, _options.MaxAttempts);
            _options.BufferSize = Math.Max(4096, _options.BufferSize);
            _retry = new RetryPolicy(_options.MaxAttempts - 1, _options.RetryBaseDelay, _options.MaxRetryDelay);
            _covers = new CoverCache<BytesOutcome>(FetchBytesAsync, o => o.Data?.Length);
        }

        /// <summary>Cover fetches started so far: one per distinct cover URL while it stays cached (for tests).</summary>
        internal int CoverFetches => _covers.Fetches;

        /// <summary>
        /// Saves one output. Returns Skipped when the target exists and <see cref="OutputDownloadRequest.Overwrite"/>
        /// is off; throws <see cref="SunoException"/> (TaskNotComplete when the output has no URL yet; DownloadFailed,
        /// the URL or path as Target, when it cannot be saved). <paramref name="progress"/> is called from background
        /// threads and should only record what it gets.
        /// </summary>
        public async Task<OutputDownloadResult> DownloadAsync(OutputDownloadRequest request, Action<DownloadProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var output = request.Output;
            var target = Path.GetFullPath(request.DestinationPath);
            if (!request.Overwrite && File.Exists(target))
            {
                // Skipped only when the file there is this output; another track that got the same name gets a free one.
                target = ExistingFile.Place(target, output, out var alreadySaved);
                if (alreadySaved) return OutputDownloadResult.Skipped(output, target);
            }

            if (!output.IsAvailable)
            {
                throw new SunoException(SunoErrorKind.TaskNotComplete,
                    OutputDescription.Capitalized(output) + " has no download URL yet: its task is not finished.")
                { Target = output };
            }

            var format = OutputFormats.For(output.Kind);
            Disk(() => Directory.CreateDirectory(Path.GetDirectoryName(target)!), target, output);
            var source = new OutputSource(_readTask, output, request.Task);
            var result = string.IsNullOrEmpty(output.Url)
                ? SaveContent(source, format, target, request, progress, cancellationToken)
                : await SaveFileWithinDeadlineAsync(source, format, target, request, progress, cancellationToken).ConfigureAwait(false);
            if (result.Status == DownloadStatus.Downloaded && request.SaveMetadata)
            {
                await SaveMetadataAsync(source, request, result, cancellationToken).ConfigureAwait(false);
            }

            if (result.Status == DownloadStatus.Downloaded && request.SaveLyrics && output.Kind == SunoOutputKind.Audio &&
                output.Family == SunoTaskFamily.Music && ReadLyrics != null)
            {
                await SaveLyricsAsync(output, request, result, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }

        /// <summary>The file, its retries and its cover within <see cref="OutputDownloadOptions.FileTimeout"/>, on the options' clock.</summary>
        private async Task<OutputDownloadResult> SaveFileWithinDeadlineAsync(OutputSource source, IOutputFormat format, string target,
            OutputDownloadRequest request, Action<DownloadProgress>? progress, CancellationToken cancellationToken)
        {
            if (!(_options.FileTimeout is TimeSpan limit) || limit <= TimeSpan.Zero)
            {
                return await SaveFileAsync(source, format, target, request, progress, cancellationToken).ConfigureAwait(false);
            }

            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var expiry = ExpireAsync(limit, deadline, timer.Token);
                try
                {
                    return await SaveFileAsync(source, format, target, request, progress, deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw Failed(source.Output, source.Output.Url!, string.Format(CultureInfo.InvariantCulture,
                        "The download did not finish within the time-out of {0:0.#} s.", limit.TotalSeconds), 1);
                }
                finally
                {
                    timer.Cancel();
                    await expiry.ConfigureAwait(false);
                }
            }
        }

        private async Task ExpireAsync(TimeSpan limit, CancellationTokenSource deadline, CancellationToken stop)
        {
            try
            {
                await _options.Clock.Delay(limit, stop).ConfigureAwait(false);
                deadline.Cancel();
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task<OutputDownloadResult> SaveFileAsync(OutputSource source, IOutputFormat format, string target,
            OutputDownloadRequest request, Action<DownloadProgress>? progress, CancellationToken cancellationToken)
        {
            var output = source.Output;
            using (var partial = PartialFile.Beside(target))
            using (var coverFetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var attempts = new OutputDownloadResult(output, target, DownloadStatus.Downloaded);
                var coverUrl = format.CoverUrlOf(output);
                var wantCover = coverUrl != null && (format.WritesTag(request, output) || request.SaveCover);
                // The cover comes alongside the file, so a song costs one round trip of latency, not two.
                var earlyCover = wantCover ? _covers.GetAsync(coverUrl!, coverFetch.Token) : null;
                Task<byte[]?>? coverFetched = null;
                Task<byte[]?> Cover() => coverFetched ??= wantCover ? FetchCoverAsync(source, format, attempts, earlyCover, cancellationToken) : NoCover;
                // Every attempt writes the tag first, so it needs the cover once the file answers, before its first byte.
                async Task<byte[]?> TagAhead() =>
                    format.WritesTag(request, source.Output) ? RenderTag(format, source, await Cover().ConfigureAwait(false)) : null;
                try
                {
                    await FetchVerifiedAsync(source, format, partial, attempts, TagAhead, progress, request.Slot, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    coverFetch.Cancel();
                    await Observe(earlyCover).ConfigureAwait(false);
                    throw;
                }

                var cover = await Cover().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (!Disk(() => partial.MoveIntoPlace(request.Overwrite), target, output))
                {
                    return OutputDownloadResult.Skipped(source.Output, target);
                }

                var final = new OutputDownloadResult(source.Output, target, DownloadStatus.Downloaded)
                {
                    Bytes = attempts.Bytes,
                    MeasuredSeconds = attempts.MeasuredSeconds,
                    Attempts = attempts.Attempts,
                    UrlRefreshed = source.Refreshed,
                };
                foreach (var warning in attempts.Warnings) final.Warnings.Add(warning);

                if (request.SaveCover && format.HasCovers)
                {
                    if (cover != null)
                    {
                        final.CoverPath = SaveBeside(Path.ChangeExtension(target, ".jpg"), request.Overwrite, cover, final);
                    }
                    else if (format.CoverUrlOf(source.Output) == null)
                    {
                        final.Warnings.Add(OutputDescription.Capitalized(source.Output) + " has no cover image URL; no cover was saved.");
                    }
                }

                return final;
            }
        }

        /// <summary>
        /// An output the API gave as text (lyrics, written as UTF-8) or as data its format renders (MIDI notes): written
        /// through a partial file, like any other.
        /// </summary>
        private static OutputDownloadResult SaveContent(OutputSource source, IOutputFormat format, string target, OutputDownloadRequest request,
            Action<DownloadProgress>? progress, CancellationToken cancellationToken)
        {
            var output = source.Output;
            var bytes = output.Text != null ? Utf8.GetBytes(output.Text) : Render(format, output);
            progress?.Invoke(new DownloadProgress(output.Id, DownloadProgressKind.Started, 0, bytes.Length, output.Kind));
            using (var partial = PartialFile.Beside(target))
            {
                Disk(() =>
                {
                    using (var file = partial.OpenWrite())
                    {
                        file.Write(bytes, 0, bytes.Length);
                        file.Flush(flushToDisk: true);
                    }

                    return true;
                }, target, output);
                progress?.Invoke(new DownloadProgress(output.Id, DownloadProgressKind.Received, bytes.Length, bytes.Length, output.Kind));
                cancellationToken.ThrowIfCancellationRequested();
                if (!Disk(() => partial.MoveIntoPlace(request.Overwrite), target, output))
                {
                    return OutputDownloadResult.Skipped(output, target);
                }
            }

            return new OutputDownloadResult(output, target, DownloadStatus.Downloaded) { Bytes = bytes.Length, Attempts = 1 };
        }

        private static byte[] Render(IOutputFormat format, SunoTaskOutput output)
        {
            if (!(format is IContentRenderer renderer))
            {
                throw new SunoException(SunoErrorKind.DownloadFailed, OutputDescription.Capitalized(output) + " has no URL, and its kind of file cannot be built here.")
                { Target = output };
            }

            try
            {
                return renderer.Render(output);
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidDataException || e is IOException || e is UnauthorizedAccessException || e is FormatException)
            {
                throw new SunoException(SunoErrorKind.DownloadFailed, "Could not build the file of " + OutputDescription.Of(output) + ": " + e.Message, e)
                { Target = output };
            }
        }

        /// <param name="tagAhead">Makes the tag to write ahead of the body; null from it leaves the file untagged.</param>
        private async Task FetchVerifiedAsync(OutputSource source, IOutputFormat format, PartialFile partial, OutputDownloadResult result,
            Func<Task<byte[]?>> tagAhead, Action<DownloadProgress>? progress, AdaptiveConcurrency.Slot? slot, CancellationToken cancellationToken)
        {
            var attempt = 0;
            while (true)
            {
                attempt++;
                result.Attempts = attempt;
                var output = source.Output;
                var url = output.Url!;
                var outcome = await FetchOnceAsync(url, partial, output, format, tagAhead, progress, cancellationToken).ConfigureAwait(false);
                if (outcome.Kind == FetchKind.Complete)
                {
                    var problem = Verify(outcome, url, partial.Path, format, output, result);
                    if (problem == null) return;
                    outcome = FetchOutcome.Transient(problem, outcome.Bytes);
                }

                if (outcome.Bytes > 0) progress?.Invoke(new DownloadProgress(output.Id, DownloadProgressKind.Discarded, outcome.Bytes, null, output.Kind));
                // The host's push-back slows every download of the command, not just this one's retry.
                if (outcome.Refused) slot?.Throttled(outcome.RetryAfter);
                else if (outcome.Broken) slot?.Faulted();
                partial.Dispose(); // the next attempt starts from an empty file, and writes the tag again

                if (outcome.Kind == FetchKind.Expired && !source.Refreshed)
                {
                    SunoLog.Write(Describe(url) + " answered HTTP " + outcome.Status + " (expired link); reading " + source.Reference.Family +
                                  " task " + source.Reference.TaskId + " again for a new URL.");
                    if (await source.RefreshAsync(cancellationToken).ConfigureAwait(false))
                    {
                        attempt--; // a renewed URL gets its own tries
                        continue;
                    }

                    throw Failed(output, url, outcome.Message + " Reading the task record again gave no newer URL: the file is gone " +
                        "(the API keeps generated files for a limited time: about 15 days for songs, 14 for most other files).", attempt);
                }

                if (outcome.Kind != FetchKind.Transient || attempt >= _options.MaxAttempts)
                {
                    throw Failed(output, url, outcome.Message + (attempt > 1 ? string.Format(CultureInfo.InvariantCulture, " Gave up after {0} attempts.", attempt) : ""), attempt);
                }

                var wait = _retry.DelayBefore(attempt, outcome.RetryAfter);
                SunoLog.Write(string.Format(CultureInfo.InvariantCulture, "{0}: {1} Retrying in {2:0.0} s (attempt {3} of {4}).",
                    Describe(url), outcome.Message, wait.TotalSeconds, attempt + 1, _options.MaxAttempts));
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// One GET of the file into the partial file, behind the tag when there is one. Never throws for HTTP or
        /// network trouble: returns what happened. Bytes received (for Content-Length and progress) are the body's.
        /// </summary>
        private async Task<FetchOutcome> FetchOnceAsync(string url, PartialFile partial, SunoTaskOutput output, IOutputFormat format,
            Func<Task<byte[]?>> tagAhead, Action<DownloadProgress>? progress, CancellationToken cancellationToken)
        {
            if (!TryParseFileUri(url, out var uri))
            {
                return FetchOutcome.Permanent("The download URL '" + url + "' is not an http or https URL.");
            }

            HttpResponseMessage response;
            using (var headersTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                headersTimeout.CancelAfter(_options.ReadTimeout);
                try
                {
                    response = await _files.GetAsync(uri, headersTimeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException)
                {
                    return FetchOutcome.Transient(string.Format(CultureInfo.InvariantCulture,
                        "The file host did not answer within {0:0.#} s.", _options.ReadTimeout.TotalSeconds), 0, trouble: HostTrouble.Broken);
                }
                catch (Exception e) when (e is HttpRequestException || e is IOException)
                {
                    return FetchOutcome.Transient("Could not reach the file host: " + Innermost(e) + ".", 0, trouble: HostTrouble.Broken);
                }
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status < 200 || status > 299)
                {
                    var text = string.Format(CultureInfo.InvariantCulture, "The file host answered HTTP {0} {1}.", status, response.ReasonPhrase);
                    if (OutputSource.IsExpiredStatus(status)) return FetchOutcome.Expired(status, text);
                    if (status == 408 || status == 425 || status == 429 || status >= 500)
                    {
                        var refused = status == 429 || status == 503;
                        return FetchOutcome.Transient(text, 0, RetryAfterOf(response), refused ? HostTrouble.Refused : HostTrouble.Broken);
                    }

                    return FetchOutcome.Permanent(text);
                }

                var expected = response.Content.Headers.ContentLength;
                var limit = DownloadSizeLimit.For(output.Kind, output.Duration);
                if (expected > limit) return FetchOutcome.Permanent(TooLarge(expected.Value, limit, output));
                // Awaited only now, so the cover (fetched alongside) and the file share one round trip of latency.
                var tag = await tagAhead().ConfigureAwait(false);
                progress?.Invoke(new DownloadProgress(output.Id, DownloadProgressKind.Started, 0, expected, output.Kind));
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                long received = 0;
                IBodySink? sink = null;
                var buffer = new byte[_options.BufferSize];
                using (var readTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                // Some runtimes ignore the token once a read is pending; closing the response ends the read.
                using (readTimeout.Token.Register(response.Dispose))
                using (var watchdog = new ThroughputWatchdog(_options.Clock, _options.ThroughputWindow, _options.MinimumBytesPerWindow, readTimeout))
                {
                    try
                    {
                        using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                        using (var file = Disk(() => _options.OpenFile?.Invoke(partial.Path) ?? partial.OpenWrite(), partial.Target, output))
                        {
                            // Behind our tag, the format leaves out a tag the file host put ahead of the body (one tag per file).
                            sink = format.BodySink(file, tagged: tag != null);
                            if (tag != null) Disk(() => { file.Write(tag, 0, tag.Length); return true; }, partial.Target, output);
                            while (true)
                            {
                                readTimeout.CancelAfter(_options.ReadTimeout);
                                var read = await body.ReadAsync(buffer, 0, buffer.Length, readTimeout.Token).ConfigureAwait(false);
                                if (read <= 0) break;
                                await DiskAsync(() => sink.WriteAsync(buffer, read, cancellationToken), partial.Target, output).ConfigureAwait(false);
                                received += read;
                                watchdog.Received(read);
                                if (received > limit) return FetchOutcome.Permanent(TooLarge(received, limit, output), received);
                                progress?.Invoke(new DownloadProgress(output.Id, DownloadProgressKind.Received, read, expected, output.Kind));
                            }

                            await DiskAsync(async () =>
                            {
                                await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
                                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                                file.Flush(flushToDisk: true);
                            }, partial.Target, output).ConfigureAwait(false);
                        }
                    }
                    catch (Exception) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }
                    catch (IOException e) when (DiskFull.Is(e))
                    {
                        // Closing the file may meet the full disk again: still the disk, never the network.
                        throw CannotWrite(partial.Target, output, e);
                    }
                    catch (Exception e) when (watchdog.Tripped && (e is OperationCanceledException || e is IOException || e is ObjectDisposedException || e is HttpRequestException))
                    {
                        return FetchOutcome.Transient(string.Format(CultureInfo.InvariantCulture,
                            "Less than {0} KiB arrived in {1:0.#} s (after {2} bytes): the file host is too slow.",
                            watchdog.MinimumBytes / 1024.0, watchdog.Window.TotalSeconds, received), received);
                    }
                    catch (Exception e) when (readTimeout.IsCancellationRequested && (e is OperationCanceledException || e is IOException || e is ObjectDisposedException || e is HttpRequestException))
                    {
                        return FetchOutcome.Transient(string.Format(CultureInfo.InvariantCulture,
                            "No data arrived for {0:0.#} s after {1} bytes.", _options.ReadTimeout.TotalSeconds, received), received);
                    }
                    catch (Exception e) when (e is IOException || e is HttpRequestException || e is ObjectDisposedException)
                    {
                        return FetchOutcome.Transient(string.Format(CultureInfo.InvariantCulture,
                            "The connection broke after {0} of {1} bytes: {2}.", received,
                            expected.HasValue ? expected.Value.ToString(CultureInfo.InvariantCulture) : "?", Innermost(e)), received, trouble: HostTrouble.Broken);
                    }
                }

                return FetchOutcome.Complete(received, expected, mediaType, sink);
            }
        }

        /// <summary>
        /// Runs a local file operation; its failure (disk full, no permission) fails the download at once with a
        /// message about the disk, rather than passing for a network problem that retrying would fix.
        /// </summary>
        private static T Disk<T>(Func<T> operation, string target, SunoTaskOutput output)
        {
            try
            {
                return operation();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CannotWrite(target, output, e);
            }
        }

        private static async Task DiskAsync(Func<Task> operation, string target, SunoTaskOutput output)
        {
            try
            {
                await operation().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CannotWrite(target, output, e);
            }
        }

        private static SunoException CannotWrite(string target, SunoTaskOutput output, Exception e) =>
            new SunoException(SunoErrorKind.DownloadFailed, "Could not write " + OutputDescription.Of(output) + " to " + target + ": " +
                (DiskFull.Is(e) ? "the disk is full (" + e.Message.TrimEnd('.') + ")." : e.Message), e)
            { Target = target };

        /// <summary>Null when the file is what the record promised; otherwise why not.</summary>
        private string? Verify(FetchOutcome outcome, string url, string path, IOutputFormat format, SunoTaskOutput output, OutputDownloadResult result)
        {
            result.Bytes = outcome.Bytes;
            result.MeasuredSeconds = null;
            if (outcome.ExpectedBytes.HasValue && outcome.Bytes != outcome.ExpectedBytes.Value)
            {
                return string.Format(CultureInfo.InvariantCulture, "The download was truncated: {0} of {1} bytes arrived.",
                    outcome.Bytes, outcome.ExpectedBytes.Value);
            }

            if (outcome.Bytes == 0) return "The file host sent an empty file.";
            if (Durations.IsBogus(output.Duration))
            {
                var warning = string.Format(CultureInfo.InvariantCulture,
                    "The task record gives {0} a duration of {1}, which cannot be one; it is treated as unknown, so the playing time was not checked.",
                    OutputDescription.Of(output), output.Duration!.Value);
                if (!result.Warnings.Contains(warning)) result.Warnings.Add(warning);
            }

            return format.Verify(new FetchedFile(path, url, outcome.MediaType, outcome.Bytes, outcome.Sink), output, _options, result);
        }

        /// <param name="early">A fetch of the original cover URL started beside the file; used for the first attempt
        /// unless the file's URLs were refreshed meanwhile (then the old cover URL is stale too).</param>
        private async Task<byte[]?> FetchCoverAsync(OutputSource source, IOutputFormat format, OutputDownloadResult result,
            Task<BytesOutcome>? early, CancellationToken cancellationToken)
        {
            var useEarly = early != null && !source.Refreshed;
            if (!useEarly) await Observe(early).ConfigureAwait(false);
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                var url = format.CoverUrlOf(source.Output);
                if (url == null) return null;
                var outcome = attempt == 1 && useEarly
                    ? await early!.ConfigureAwait(false)
                    : await _covers.GetAsync(url, cancellationToken).ConfigureAwait(false);
                if (outcome.Data != null) return outcome.Data;
                if (outcome.Expired && !source.Refreshed && await RefreshQuietlyAsync(source, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                if (attempt == 2 || outcome.Expired)
                {
                    result.Warnings.Add("The cover image of " + OutputDescription.Of(source.Output) + " could not be fetched (" + outcome.Message +
                                        "); the file is saved without it.");
                    return null;
                }
            }

            return null;
        }

        private static async Task<bool> RefreshQuietlyAsync(OutputSource source, CancellationToken cancellationToken)
        {
            try
            {
                return await source.RefreshAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SunoException)
            {
                return false;
            }
        }

        /// <summary>Waits for a fetch nobody needs any more, so its failure is never an unobserved exception.</summary>
        private static async Task Observe(Task<BytesOutcome>? fetch)
        {
            if (fetch == null) return;
            try
            {
                await fetch.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task<BytesOutcome> FetchBytesAsync(string url, CancellationToken cancellationToken)
        {
            if (!TryParseFileUri(url, out var uri)) return new BytesOutcome(null, false, "not an http or https URL");
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.ReadTimeout);
                try
                {
                    using (var response = await _files.GetAsync(uri, timeout.Token).ConfigureAwait(false))
                    {
                        var status = (int)response.StatusCode;
                        if (status < 200 || status > 299)
                        {
                            return new BytesOutcome(null, OutputSource.IsExpiredStatus(status), "HTTP " + status.ToString(CultureInfo.InvariantCulture));
                        }

                        if (response.Content.Headers.ContentLength > _options.MaxCoverBytes) return new BytesOutcome(null, false, "too large");
                        using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                        using (var memory = new MemoryStream())
                        {
                            var buffer = new byte[16 * 1024];
                            int read;
                            while ((read = await body.ReadAsync(buffer, 0, buffer.Length, timeout.Token).ConfigureAwait(false)) > 0)
                            {
                                memory.Write(buffer, 0, read);
                                if (memory.Length > _options.MaxCoverBytes) return new BytesOutcome(null, false, "too large");
                            }

                            if (response.Content.Headers.ContentLength is long length && memory.Length != length)
                            {
                                return new BytesOutcome(null, false, "truncated");
                            }

                            return memory.Length == 0 ? new BytesOutcome(null, false, "empty") : new BytesOutcome(memory.ToArray(), false, "");
                        }
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e) when (e is OperationCanceledException || e is HttpRequestException || e is IOException || e is SunoException)
                {
                    return new BytesOutcome(null, false, Innermost(e));
                }
            }
        }

        private static byte[] RenderTag(IOutputFormat format, OutputSource source, byte[]? cover)
        {
            try
            {
                return format.RenderTag(source.Output, source.Task, cover);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                throw new SunoException(SunoErrorKind.DownloadFailed,
                    OutputDescription.Capitalized(source.Output) + " could not be tagged: " + e.Message, e)
                { Target = source.Output.Url };
            }
        }

        /// <summary>
        /// Saves the task's record beside the file exactly as the API sent it; the record is read (from the
        /// output's own family) when the request brought none.
        /// </summary>
        private static async Task SaveMetadataAsync(OutputSource source, OutputDownloadRequest request, OutputDownloadResult result,
            CancellationToken cancellationToken)
        {
            var task = source.Task;
            if (task?.RawRecord == null)
            {
                try
                {
                    task = await source.ReadTaskAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (SunoException e)
                {
                    result.Warnings.Add("The " + source.Reference.Family + " record of task " + source.Reference.TaskId +
                                        " could not be read, so no metadata file was saved: " + e.Message);
                    return;
                }
            }

            if (string.IsNullOrEmpty(task?.RawRecord))
            {
                result.Warnings.Add("The " + source.Reference.Family + " record of task " + source.Reference.TaskId +
                                    " came without its text, so no metadata file was saved.");
                return;
            }

            result.MetadataPath = SaveBeside(MetadataPathFor(result.Path, source.Output), request.Overwrite, Utf8.GetBytes(task!.RawRecord!), result);
        }

        /// <summary>Reads a track's timestamped lyrics (set by the client); what -IncludeLyrics-style saves write as .lrc.</summary>
        internal Func<string, string, CancellationToken, Task<SunoTimestampedLyrics>>? ReadLyrics { get; set; }

        /// <summary>The track's timestamped lyrics as &lt;name&gt;.lrc beside it; an instrumental (no words) gets none.</summary>
        private async Task SaveLyricsAsync(SunoTaskOutput output, OutputDownloadRequest request, OutputDownloadResult result,
            CancellationToken cancellationToken)
        {
            SunoTimestampedLyrics lyrics;
            try
            {
                lyrics = await ReadLyrics!(output.TaskId, output.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (SunoException e)
            {
                result.Warnings.Add("The timestamped lyrics of track " + output.Id + " could not be read, so no .lrc file was saved: " + e.Message);
                return;
            }

            if (lyrics.Words.Count == 0)
            {
                result.Warnings.Add("Track " + output.Id + " has no timestamped lyrics (an instrumental has none), so no .lrc file was saved.");
                return;
            }

            result.LyricsPath = SaveBeside(Path.ChangeExtension(result.Path, ".lrc"), request.Overwrite,
                Utf8.GetBytes(lyrics.ToLrc(output.Title ?? request.Task?.Title)), result);
        }

        /// <summary>
        /// &lt;name&gt;.json beside a music output; &lt;name&gt;.&lt;extension&gt;.json beside the others, so a
        /// track's WAV saved beside its MP3 keeps its own record.
        /// </summary>
        internal static string MetadataPathFor(string path, SunoTaskOutput output) =>
            output.Family == SunoTaskFamily.Music ? Path.ChangeExtension(path, ".json") : path + ".json";

        /// <summary>Writes a side file (cover, metadata) through its own partial file; an existing one is kept unless overwriting.</summary>
        private static string? SaveBeside(string target, bool overwrite, byte[] content, OutputDownloadResult result)
        {
            if (!overwrite && File.Exists(target)) return target;
            try
            {
                using (var partial = PartialFile.Beside(target))
                {
                    using (var file = partial.OpenWrite())
                    {
                        file.Write(content, 0, content.Length);
                    }

                    partial.MoveIntoPlace(overwrite);
                }

                return target;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                result.Warnings.Add("Could not save " + target + ": " + e.Message);
                return null;
            }
        }

        private static string TooLarge(long bytes, long limit, SunoTaskOutput output) =>
            string.Format(CultureInfo.InvariantCulture, "The file host sent {0} bytes or more, past the {1} a {2} can plausibly hold; the download was stopped.",
                bytes, limit, Durations.Usable(output.Duration) is double seconds
                    ? string.Format(CultureInfo.InvariantCulture, "{0:0.##} s file", seconds)
                    : "file of its kind");

        private static SunoException Failed(SunoTaskOutput output, string url, string message, int attempts) =>
            new SunoException(SunoErrorKind.DownloadFailed,
                "Could not download " + OutputDescription.Of(output) + (string.IsNullOrEmpty(output.Title) ? "" : " ('" + output.Title + "')") +
                " from " + Describe(url) + ": " + message)
            { Target = url, Attempts = attempts };

        private static bool TryParseFileUri(string url, out Uri uri) =>
            Uri.TryCreate(url, UriKind.Absolute, out uri!) &&
            (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

        /// <summary>The URL without its query: signed links carry tokens that need not be in every message.</summary>
        private static string Describe(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : url;

        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header?.Delta != null) return header.Delta;
            if (header?.Date != null)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }

        private static string Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e.Message.TrimEnd('.');
        }

        private enum FetchKind
        {
            Complete,
            Transient,
            Expired,
            Permanent,
        }

        /// <summary>What a failed attempt says about the host's load: a refusal (429, 503), a broken exchange, or nothing (a wrong body).</summary>
        private enum HostTrouble
        {
            None,
            Refused,
            Broken,
        }

        private sealed class FetchOutcome
        {
            private FetchOutcome(FetchKind kind, string message, long bytes)
            {
                Kind = kind;
                Message = message;
                Bytes = bytes;
            }

            public FetchKind Kind { get; }
            public string Message { get; }
            public long Bytes { get; }
            public long? ExpectedBytes { get; private set; }
            public string? MediaType { get; private set; }
            public IBodySink? Sink { get; private set; }
            public int Status { get; private set; }
            public TimeSpan? RetryAfter { get; private set; }
            public bool Refused => Trouble == HostTrouble.Refused;
            public bool Broken => Trouble == HostTrouble.Broken;
            private HostTrouble Trouble { get; set; }

            /// <summary>The whole body arrived; <paramref name="sink"/> is what took it (a format's sink may have measured it on the way).</summary>
            public static FetchOutcome Complete(long bytes, long? expected, string? mediaType, IBodySink? sink) =>
                new FetchOutcome(FetchKind.Complete, "", bytes) { ExpectedBytes = expected, MediaType = mediaType, Sink = sink };

            public static FetchOutcome Transient(string message, long bytes, TimeSpan? retryAfter = null, HostTrouble trouble = HostTrouble.None) =>
                new FetchOutcome(FetchKind.Transient, message, bytes) { RetryAfter = retryAfter, Trouble = trouble };

            public static FetchOutcome Expired(int status, string message) =>
                new FetchOutcome(FetchKind.Expired, message, 0) { Status = status };

            public static FetchOutcome Permanent(string message, long bytes = 0) => new FetchOutcome(FetchKind.Permanent, message, bytes);
        }

        private readonly struct BytesOutcome
        {
            public BytesOutcome(byte[]? data, bool expired, string message)
            {
                Data = data;
                Expired = expired;
                Message = message;
            }

            public byte[]? Data { get; }
            public bool Expired { get; }
            public string Message { get; }
        }
    }
}
