using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Saves tracks: streams each file to a temporary file beside its target with a fixed buffer, behind its ID3
    /// tag (written first, so the file is never rewritten to make room for it), verifies it (size against
    /// Content-Length, MP3 playing time against the record's duration), retries truncated or wrong files, renews
    /// expired URLs once from the task record, and only then moves it into place.
    /// Whatever fails, including cancellation, the temporary file is deleted. Thread-safe: run many at once.
    /// The API key is never sent: files come through a separate HTTP client.
    /// </summary>
    public sealed class TrackDownloader
    {
        private static readonly Task<byte[]?> NoCover = Task.FromResult<byte[]?>(null);

        private readonly SunoClient _client;
        private readonly FileHostClient _files;
        private readonly TrackDownloadOptions _options;
        private readonly RetryPolicy _retry;

        internal TrackDownloader(SunoClient client, FileHostClient files, TrackDownloadOptions options)
        {
            _client = client;
            _files = files;
            _options = options.Clone();
            _options.MaxAttempts = Math.Max(1, _options.MaxAttempts);
            _options.BufferSize = Math.Max(4096, _options.BufferSize);
            _retry = new RetryPolicy(_options.MaxAttempts - 1, _options.RetryBaseDelay, _options.MaxRetryDelay);
        }

        /// <summary>
        /// Saves one track. Returns Skipped when the target exists and <see cref="TrackDownloadRequest.Overwrite"/>
        /// is off; throws <see cref="SunoException"/> (DownloadFailed, the URL as Target) when it cannot be saved.
        /// <paramref name="progress"/> is called from background threads and should only record what it gets.
        /// </summary>
        public async Task<TrackDownloadResult> DownloadAsync(TrackDownloadRequest request, Action<DownloadProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var track = request.Track;
            var target = Path.GetFullPath(request.DestinationPath);
            if (!request.Overwrite && File.Exists(target))
            {
                return new TrackDownloadResult(track, target, TrackDownloadStatus.Skipped);
            }

            if (string.IsNullOrEmpty(track.AudioUrl))
            {
                throw new SunoException(SunoErrorKind.TaskNotComplete,
                    "Track " + track.Id + " has no download URL yet: its task is not finished.")
                { Target = track };
            }

            Disk(() => Directory.CreateDirectory(Path.GetDirectoryName(target)!), target, track);
            var source = new TrackSource(_client, track, request.Task);
            using (var partial = PartialFile.Beside(target))
            using (var coverFetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var result = new TrackDownloadResult(track, target, TrackDownloadStatus.Downloaded);
                var wantCover = (request.Tag || request.SaveCover) && !string.IsNullOrEmpty(track.ImageUrl);
                // The cover comes alongside the audio, so a track costs one round trip of latency, not two.
                var earlyCover = wantCover ? FetchBytesAsync(track.ImageUrl!, coverFetch.Token) : null;
                Task<byte[]?>? coverFetched = null;
                Task<byte[]?> Cover() => coverFetched ??= wantCover ? FetchCoverAsync(source, result, earlyCover, cancellationToken) : NoCover;
                // Every attempt writes the tag first, so it needs the cover once the audio answers, before its first byte.
                Func<Task<byte[]>>? tagAhead = request.Tag ? async () => RenderTag(source, await Cover().ConfigureAwait(false)) : null;
                try
                {
                    await FetchVerifiedAsync(source, partial, result, tagAhead, progress, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    coverFetch.Cancel();
                    await Observe(earlyCover).ConfigureAwait(false);
                    throw;
                }

                var cover = await Cover().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (!Disk(() => partial.MoveIntoPlace(request.Overwrite), target, track))
                {
                    return new TrackDownloadResult(track, target, TrackDownloadStatus.Skipped);
                }

                var final = new TrackDownloadResult(source.Track, target, TrackDownloadStatus.Downloaded)
                {
                    Bytes = result.Bytes,
                    MeasuredSeconds = result.MeasuredSeconds,
                    Attempts = result.Attempts,
                    UrlRefreshed = source.Refreshed,
                };
                foreach (var warning in result.Warnings) final.Warnings.Add(warning);

                if (request.SaveCover)
                {
                    if (cover != null) final.CoverPath = SaveBeside(target, ".jpg", request.Overwrite, p => File.WriteAllBytes(p, cover), final);
                    else if (string.IsNullOrEmpty(source.Track.ImageUrl)) final.Warnings.Add("Track " + track.Id + " has no cover image URL; no cover was saved.");
                }

                if (request.SaveMetadata)
                {
                    await SaveMetadataAsync(source, request, final, cancellationToken).ConfigureAwait(false);
                }

                return final;
            }
        }

        /// <param name="tagAhead">Makes the ID3 tag to write ahead of the audio; null leaves the file untagged.</param>
        private async Task FetchVerifiedAsync(TrackSource source, PartialFile partial, TrackDownloadResult result,
            Func<Task<byte[]>>? tagAhead, Action<DownloadProgress>? progress, CancellationToken cancellationToken)
        {
            var attempt = 0;
            while (true)
            {
                attempt++;
                result.Attempts = attempt;
                var url = source.Track.AudioUrl!;
                var outcome = await FetchOnceAsync(url, partial, source.Track, tagAhead, progress, cancellationToken).ConfigureAwait(false);
                if (outcome.Kind == FetchKind.Complete)
                {
                    var problem = Verify(outcome, url, partial.Path, source.Track, result);
                    if (problem == null) return;
                    outcome = FetchOutcome.Transient(problem, outcome.Bytes);
                }

                if (outcome.Bytes > 0) progress?.Invoke(new DownloadProgress(source.Track.Id, DownloadProgressKind.Discarded, outcome.Bytes, null));
                partial.Dispose(); // the next attempt starts from an empty file, and writes the tag again

                if (outcome.Kind == FetchKind.Expired && !source.Refreshed)
                {
                    SunoLog.Write(Describe(url) + " answered HTTP " + outcome.Status + " (expired link); reading task " + source.Track.TaskId + " again for a new URL.");
                    if (await source.RefreshAsync(cancellationToken).ConfigureAwait(false))
                    {
                        attempt--; // a renewed URL gets its own tries
                        continue;
                    }

                    throw Failed(source.Track, url, outcome.Message + " Reading the task record again gave no newer URL: the file is gone " +
                        "(the API keeps generated files for about 15 days).", attempt);
                }

                if (outcome.Kind != FetchKind.Transient || attempt >= _options.MaxAttempts)
                {
                    throw Failed(source.Track, url, outcome.Message + (attempt > 1 ? string.Format(CultureInfo.InvariantCulture, " Gave up after {0} attempts.", attempt) : ""), attempt);
                }

                var wait = _retry.DelayBefore(attempt, outcome.RetryAfter);
                SunoLog.Write(string.Format(CultureInfo.InvariantCulture, "{0}: {1} Retrying in {2:0.0} s (attempt {3} of {4}).",
                    Describe(url), outcome.Message, wait.TotalSeconds, attempt + 1, _options.MaxAttempts));
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// One GET of the audio into the partial file, behind the tag when there is one. Never throws for HTTP or
        /// network trouble: returns what happened. Bytes received (for Content-Length and progress) are the body's.
        /// </summary>
        private async Task<FetchOutcome> FetchOnceAsync(string url, PartialFile partial, SunoTrack track,
            Func<Task<byte[]>>? tagAhead, Action<DownloadProgress>? progress, CancellationToken cancellationToken)
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
                        "The file host did not answer within {0:0.#} s.", _options.ReadTimeout.TotalSeconds), 0);
                }
                catch (Exception e) when (e is HttpRequestException || e is IOException)
                {
                    return FetchOutcome.Transient("Could not reach the file host: " + Innermost(e) + ".", 0);
                }
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status < 200 || status > 299)
                {
                    var text = string.Format(CultureInfo.InvariantCulture, "The file host answered HTTP {0} {1}.", status, response.ReasonPhrase);
                    if (TrackSource.IsExpiredStatus(status)) return FetchOutcome.Expired(status, text);
                    if (status == 408 || status == 425 || status == 429 || status >= 500)
                    {
                        return FetchOutcome.Transient(text, 0, RetryAfterOf(response));
                    }

                    return FetchOutcome.Permanent(text);
                }

                var expected = response.Content.Headers.ContentLength;
                // Awaited only now, so the cover (fetched alongside) and the audio share one round trip of latency.
                var tag = tagAhead == null ? null : await tagAhead().ConfigureAwait(false);
                progress?.Invoke(new DownloadProgress(track.Id, DownloadProgressKind.Started, 0, expected));
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                long received = 0;
                var buffer = new byte[_options.BufferSize];
                using (var readTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                // Some runtimes ignore the token once a read is pending; closing the response ends the read.
                using (readTimeout.Token.Register(response.Dispose))
                {
                    try
                    {
                        using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                        using (var file = Disk(() => partial.OpenWrite(_options.BufferSize), partial.Target, track))
                        {
                            // Behind our tag, a tag the file host put at the start of the audio is left out (one tag per file).
                            var audio = tag == null ? null : new LeadingTagSkipper(file);
                            if (tag != null) await DiskAsync(() => file.WriteAsync(tag, 0, tag.Length, cancellationToken), partial.Target, track).ConfigureAwait(false);
                            while (true)
                            {
                                readTimeout.CancelAfter(_options.ReadTimeout);
                                var read = await body.ReadAsync(buffer, 0, buffer.Length, readTimeout.Token).ConfigureAwait(false);
                                if (read <= 0) break;
                                await DiskAsync(() => audio?.WriteAsync(buffer, read, cancellationToken) ?? file.WriteAsync(buffer, 0, read, cancellationToken),
                                    partial.Target, track).ConfigureAwait(false);
                                received += read;
                                progress?.Invoke(new DownloadProgress(track.Id, DownloadProgressKind.Received, read, expected));
                            }

                            await DiskAsync(async () =>
                            {
                                if (audio != null) await audio.CompleteAsync(cancellationToken).ConfigureAwait(false);
                                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                                file.Flush(flushToDisk: true);
                            }, partial.Target, track).ConfigureAwait(false);
                        }
                    }
                    catch (Exception) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(cancellationToken);
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
                            expected.HasValue ? expected.Value.ToString(CultureInfo.InvariantCulture) : "?", Innermost(e)), received);
                    }
                }

                return FetchOutcome.Complete(received, expected, mediaType);
            }
        }

        /// <summary>
        /// Runs a local file operation; its failure (disk full, no permission) fails the track at once with a
        /// message about the disk, rather than passing for a network problem that retrying would fix.
        /// </summary>
        private static T Disk<T>(Func<T> operation, string target, SunoTrack track)
        {
            try
            {
                return operation();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CannotWrite(target, track, e);
            }
        }

        private static async Task DiskAsync(Func<Task> operation, string target, SunoTrack track)
        {
            try
            {
                await operation().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CannotWrite(target, track, e);
            }
        }

        private static SunoException CannotWrite(string target, SunoTrack track, Exception e) =>
            new SunoException(SunoErrorKind.DownloadFailed, "Could not write track " + track.Id + " to " + target + ": " + e.Message, e)
            { Target = target };

        /// <summary>Null when the file is what the record promised; otherwise why not.</summary>
        private string? Verify(FetchOutcome outcome, string url, string path, SunoTrack track, TrackDownloadResult result)
        {
            result.Bytes = outcome.Bytes;
            if (outcome.ExpectedBytes.HasValue && outcome.Bytes != outcome.ExpectedBytes.Value)
            {
                return string.Format(CultureInfo.InvariantCulture, "The download was truncated: {0} of {1} bytes arrived.",
                    outcome.Bytes, outcome.ExpectedBytes.Value);
            }

            if (outcome.Bytes == 0) return "The file host sent an empty file.";
            if (!LooksLikeMp3(url, outcome.MediaType)) return null; // only MP3s can be measured
            return VerifyDuration(path, track, result);
        }

        private string? VerifyDuration(string path, SunoTrack track, TrackDownloadResult result)
        {
            var measured = Mp3Duration.Measure(path);
            if (measured == null) return "The file is not MPEG audio.";
            result.MeasuredSeconds = measured.Seconds;
            if (!(track.Duration > 0)) return null; // the record gives no duration to compare with

            var expected = track.Duration!.Value;
            var tolerance = Math.Max(_options.DurationToleranceSeconds, expected * _options.DurationToleranceRatio);
            if (Math.Abs(measured.Seconds - expected) <= tolerance) return null;
            return string.Format(CultureInfo.InvariantCulture, "The file plays {0:0.##} s but the task record says {1:0.##} s.", measured.Seconds, expected);
        }

        private static bool LooksLikeMp3(string url, string? mediaType)
        {
            if (mediaType != null && (mediaType.Equals("audio/mpeg", StringComparison.OrdinalIgnoreCase) ||
                                      mediaType.Equals("audio/mp3", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            return TryParseFileUri(url, out var uri) && uri.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase);
        }

        /// <param name="early">A fetch of the original cover URL started beside the audio; used for the first attempt
        /// unless the audio's URLs were refreshed meanwhile (then the old cover URL is stale too).</param>
        private async Task<byte[]?> FetchCoverAsync(TrackSource source, TrackDownloadResult result, Task<BytesOutcome>? early,
            CancellationToken cancellationToken)
        {
            var useEarly = early != null && !source.Refreshed;
            if (!useEarly) await Observe(early).ConfigureAwait(false);
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                var url = source.Track.ImageUrl!;
                if (string.IsNullOrEmpty(url)) return null;
                var outcome = attempt == 1 && useEarly
                    ? await early!.ConfigureAwait(false)
                    : await FetchBytesAsync(url, cancellationToken).ConfigureAwait(false);
                if (outcome.Data != null) return outcome.Data;
                if (outcome.Expired && !source.Refreshed && await RefreshQuietlyAsync(source, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                if (attempt == 2 || outcome.Expired)
                {
                    result.Warnings.Add("The cover image of track " + source.Track.Id + " could not be fetched (" + outcome.Message + "); the track is saved without it.");
                    return null;
                }
            }

            return null;
        }

        private static async Task<bool> RefreshQuietlyAsync(TrackSource source, CancellationToken cancellationToken)
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
                            return new BytesOutcome(null, TrackSource.IsExpiredStatus(status), "HTTP " + status.ToString(CultureInfo.InvariantCulture));
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
                catch (Exception e) when (e is OperationCanceledException || e is HttpRequestException || e is IOException)
                {
                    return new BytesOutcome(null, false, Innermost(e));
                }
            }
        }

        private static byte[] RenderTag(TrackSource source, byte[]? cover)
        {
            try
            {
                return Id3Tagger.Render(source.Track, source.Task, cover);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                throw new SunoException(SunoErrorKind.DownloadFailed,
                    "Track " + source.Track.Id + " could not be tagged: " + e.Message + " Save it untagged instead.", e)
                { Target = source.Track.AudioUrl };
            }
        }

        private async Task SaveMetadataAsync(TrackSource source, TrackDownloadRequest request, TrackDownloadResult result, CancellationToken cancellationToken)
        {
            var task = source.Task;
            if (task == null)
            {
                try
                {
                    task = await _client.GetTaskAsync(source.Track.TaskId, cancellationToken).ConfigureAwait(false);
                }
                catch (SunoException e)
                {
                    result.Warnings.Add("The task record of track " + source.Track.Id + " could not be read, so no metadata file was saved: " + e.Message);
                    return;
                }
            }

            result.MetadataPath = SaveBeside(result.Path, ".json", request.Overwrite, p => TaskRecordFile.Write(p, task), result);
        }

        /// <summary>Writes a side file (cover, metadata) through its own partial file; an existing one is kept unless overwriting.</summary>
        private static string? SaveBeside(string audioPath, string extension, bool overwrite, Action<string> write, TrackDownloadResult result)
        {
            var target = Path.ChangeExtension(audioPath, extension);
            if (!overwrite && File.Exists(target)) return target;
            try
            {
                using (var partial = PartialFile.Beside(target))
                {
                    write(partial.Path);
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

        private static SunoException Failed(SunoTrack track, string url, string message, int attempts) =>
            new SunoException(SunoErrorKind.DownloadFailed,
                "Could not download track " + track.Id + (string.IsNullOrEmpty(track.Title) ? "" : " ('" + track.Title + "')") +
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
            public int Status { get; private set; }
            public TimeSpan? RetryAfter { get; private set; }

            public static FetchOutcome Complete(long bytes, long? expected, string? mediaType) =>
                new FetchOutcome(FetchKind.Complete, "", bytes) { ExpectedBytes = expected, MediaType = mediaType };

            public static FetchOutcome Transient(string message, long bytes, TimeSpan? retryAfter = null) =>
                new FetchOutcome(FetchKind.Transient, message, bytes) { RetryAfter = retryAfter };

            public static FetchOutcome Expired(int status, string message) =>
                new FetchOutcome(FetchKind.Expired, message, 0) { Status = status };

            public static FetchOutcome Permanent(string message) => new FetchOutcome(FetchKind.Permanent, message, 0);
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
