using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Sends API calls: adds the key (to the API's origin only), reads the <c>{code,msg,data}</c> envelope whether
    /// the error comes in the body or as an HTTP status, and retries what is safe to retry.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        /// <summary>Said of a submission that failed in a way that does not prove the server refused it.</summary>
        private const string MayHaveBeenAccepted = " The submission may still have been accepted.";

        private readonly HttpClient _http;
        private readonly SunoClientOptions _options;
        private readonly RetryPolicy _retry;
        private readonly Uri _apiBase;
        private readonly Uri _uploadBase;

        public ApiTransport(SunoClientOptions options, HttpMessageHandler? handler = null)
        {
            _options = options;
            _retry = new RetryPolicy(options.MaxRetries, options.RetryBaseDelay, options.MaxRetryDelay);
            _apiBase = WithTrailingSlash(options.BaseUri);
            _uploadBase = WithTrailingSlash(options.UploadBaseUri);
            _http = new HttpClient(handler ?? CreateHandler(options.Proxy), disposeHandler: true)
            {
                // Each attempt has its own timeout (see SendOnceAsync), so the client-wide one is off.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<JsonElement> SendAsync(ApiCall call, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                if (call.BeforeAttempt != null) await call.BeforeAttempt(cancellationToken).ConfigureAwait(false);
                var outcome = await SendOnceAsync(call, cancellationToken).ConfigureAwait(false);
                if (outcome.Error == null)
                {
                    return outcome.Data;
                }

                var error = outcome.Error;
                error.Attempts = attempt;
                if (error.Kind == SunoErrorKind.RateLimited)
                {
                    var pause = error.RetryAfter ?? _options.RetryBaseDelay;
                    call.OnThrottled?.Invoke(pause);
                }

                var mayRetry = call.SpendsCredits ? outcome.NotAccepted : outcome.RetryRead;
                if (!mayRetry || attempt > _retry.MaxRetries)
                {
                    throw error;
                }

                var wait = _retry.DelayBefore(attempt, error.RetryAfter);
                SunoLog.Write(string.Format(CultureInfo.InvariantCulture,
                    "{0} {1}: {2} Retrying in {3:0.0} s (retry {4} of {5}).",
                    call.Method, call.PathAndQuery, error.Message, wait.TotalSeconds, attempt, _retry.MaxRetries));
                await _options.Clock.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<Outcome> SendOnceAsync(ApiCall call, CancellationToken cancellationToken)
        {
            var target = BaseOf(call.Origin);
            if (target.Scheme != Uri.UriSchemeHttps && !(target.Scheme == Uri.UriSchemeHttp && (LoopbackHost.Of(target) || _options.AllowUnencryptedAuthentication)))
            {
                // Plain http beyond loopback (the emulator) would put the key on the wire in clear; other schemes are no API.
                throw new SunoException(SunoErrorKind.InvalidRequest, target.GetLeftPart(UriPartial.Authority) +
                    " is not https: the API key would travel unencrypted, so nothing was sent.") { Target = call.Target };
            }

            var key = _options.ApiKeyProvider?.Invoke();
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new SunoException(SunoErrorKind.ApiKeyMissing, "No Suno API key is set.");
            }

            var problem = ApiKeyFormat.Problem(key);
            if (problem != null)
            {
                // It could not go into the Authorization header (the header parser would throw, or the send would
                // fail as if the network had): the key in effect is wrong, and no retry can mend it.
                key = null;
                throw new SunoException(SunoErrorKind.AuthenticationFailed,
                    "The Suno API key in effect cannot be sent: " + problem + " (" + ApiKeyFormat.Rule + ").") { Target = call.Target };
            }

            var clock = Stopwatch.StartNew();
            using (var request = new HttpRequestMessage(call.Method, new Uri(BaseOf(call.Origin), call.PathAndQuery)))
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                if (call.Content != null)
                {
                    request.Content = call.Content();
                }
                else if (call.JsonBody != null)
                {
                    request.Content = new ByteArrayContent(call.JsonBody);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }

                // Kept only while the detail log may need to mask it in an echoed body.
                var secret = SunoLog.IsListeningForDetail ? key : null;
                key = null;
                if (secret != null)
                {
                    SunoLog.WriteDetail(call.Method + " " + request.RequestUri + " (Authorization: Bearer " + ExchangeDetail.Masked(secret) + "), body: " +
                                        (call.Content != null ? "(" + (request.Content?.Headers.ContentType?.MediaType ?? "form") + " upload, not shown)" : ExchangeDetail.Body(call.JsonBody, secret)));
                }

                var limit = call.Timeout ?? _options.RequestTimeout;
                timeout.CancelAfter(limit);
                HttpResponseMessage response;
                string body;
                response = null!;
                try
                {
                    response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                        .ConfigureAwait(false);
                    body = await AnswerBody.ReadAsync(response.Content, _options.MaxAnswerBytes, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception) when (DisposeOnFailure(response))
                {
                    throw; // never: the filter only disposes
                }
                catch (AnswerTooLargeException e)
                {
                    Log(call, "answer too large", clock);
                    // Not retried: the same request would bring the same flood.
                    var error = Error(SunoErrorKind.ServerError, call, e.Message, null, (int)response.StatusCode, null);
                    error = new SunoException(error.Kind, error.Message, e)
                        { Target = call.Target, HttpStatus = error.HttpStatus, MayHaveBeenAccepted = error.MayHaveBeenAccepted };
                    return Outcome.Failed(error, retryRead: false, notAccepted: false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException e)
                {
                    Log(call, "timed out", clock);
                    var error = new SunoException(SunoErrorKind.Timeout, string.Format(CultureInfo.InvariantCulture,
                        "The Suno API did not answer within {0:0.#} s.{1}", limit.TotalSeconds,
                        call.SpendsCredits ? MayHaveBeenAccepted : ""), e)
                    { Target = call.Target, MayHaveBeenAccepted = call.SpendsCredits };
                    return Outcome.Failed(error, retryRead: true, notAccepted: false);
                }
                catch (HttpRequestException e) when (FindInner<AuthenticationException>(e) != null)
                {
                    // The TLS handshake failed: the request was never sent, and another attempt meets the same certificate.
                    Log(call, "TLS failure: " + InnermostMessage(e), clock);
                    var error = new SunoException(SunoErrorKind.NetworkError,
                        "Could not set up a secure (TLS) connection to " + BaseOf(call.Origin).GetLeftPart(UriPartial.Authority) +
                        " (a certificate problem?): " + InnermostMessage(e) + " Nothing was sent.", e)
                    { Target = call.Target };
                    return Outcome.Failed(error, retryRead: false, notAccepted: false);
                }
                catch (Exception e) when (e is HttpRequestException || e is IOException || e is SocketException)
                {
                    Log(call, "network error: " + e.Message, clock);
                    var refused = WasRefusedBeforeSending(e);
                    var error = new SunoException(SunoErrorKind.NetworkError,
                        "Could not reach " + BaseOf(call.Origin).GetLeftPart(UriPartial.Authority) + ": " + InnermostMessage(e) +
                        (call.SpendsCredits && !refused ? MayHaveBeenAccepted : ""), e)
                    { Target = call.Target, MayHaveBeenAccepted = call.SpendsCredits && !refused };
                    return Outcome.Failed(error, retryRead: true, notAccepted: refused);
                }

                catch (Exception e) when (!(e is SunoException) && !(e is OperationCanceledException))
                {
                    // Whatever else reading the answer throws (the handler's InvalidOperationException or
                    // NotSupportedException on a garbled answer, say) is the server's fault, with a Suno id.
                    Log(call, "unreadable answer: " + e.Message, clock);
                    var error = Error(SunoErrorKind.ServerError, call, "its answer could not be read (" + InnermostMessage(e) + ")", null, 0, null);
                    error = new SunoException(error.Kind, error.Message, e) { Target = call.Target, MayHaveBeenAccepted = error.MayHaveBeenAccepted };
                    return Outcome.Failed(error, retryRead: true, notAccepted: false);
                }

                using (response)
                {
                    if (secret != null)
                    {
                        SunoLog.WriteDetail(call.Method + " /" + call.PathAndQuery.TrimStart('/') + " answered HTTP " + (int)response.StatusCode + ", body: " + ExchangeDetail.Body(body, secret));
                        secret = null;
                    }

                    return Interpret(call, response, body, clock);
                }
            }
        }

        private Outcome Interpret(ApiCall call, HttpResponseMessage response, string body, Stopwatch clock)
        {
            var status = (int)response.StatusCode;
            var retryAfter = ReadRetryAfter(response);

            if (TryReadEnvelope(body, call.Envelope, out var code, out var message, out var data, out var saysFailed))
            {
                Log(call, string.Format(CultureInfo.InvariantCulture, "HTTP {0}, code {1}", status, code), clock);
                if (status < 300 && !saysFailed && IsSuccess(call.Envelope, code, data))
                {
                    return Outcome.Succeeded(data);
                }

                // A success body behind an error status: the status is the truth, read as an HTTP status.
                var successBehindError = code == 200;
                if (successBehindError)
                {
                    code = status;
                }

                var meaning = ApiCodeMap.ForAnswer(status, successBehindError ? (int?)null : code, retryAfter.HasValue, call.NotFoundKind,
                    call.CodeOverrides);
                var text = string.IsNullOrWhiteSpace(message) ? ApiCodeMap.DescribeCode(code) : message!;
                if (meaning.Kind == SunoErrorKind.RateLimited && code == 429 && status == 429)
                {
                    // An HTTP 429 read as rate limiting: its "insufficient credits" text would mislead.
                    text = "HTTP 429 " + response.ReasonPhrase;
                }

                if (!successBehindError && call.ExistingTaskCode == code && ExistingTaskIn(data) is string existing)
                {
                    return Outcome.Failed(AlreadyExists(call, text, code, status, existing), retryRead: false, notAccepted: false);
                }

                return Outcome.Failed(Error(meaning.Kind, call, text, code, status, retryAfter), meaning.RetryRead, meaning.NotAccepted);
            }

            Log(call, string.Format(CultureInfo.InvariantCulture, "HTTP {0}, no API envelope", status), clock);
            if (status >= 300)
            {
                var meaning = ApiCodeMap.ForAnswer(status, null, retryAfter.HasValue, call.NotFoundKind);
                var text = "HTTP " + status + " " + response.ReasonPhrase + Snippet(body);
                return Outcome.Failed(Error(meaning.Kind, call, text, status, status, retryAfter), meaning.RetryRead, meaning.NotAccepted);
            }

            var malformed = Error(SunoErrorKind.MalformedResponse, call,
                "The Suno API answered with a body that is not the expected JSON" + Snippet(body), null, status, retryAfter);
            return Outcome.Failed(malformed, retryRead: true, notAccepted: false);
        }

        private static SunoException Error(SunoErrorKind kind, ApiCall call, string serverText, int? code, int status, TimeSpan? retryAfter)
        {
            // The upload host is its own origin; its refusals should not read as the API's.
            var who = call.Origin == ApiOrigin.Upload ? "The Suno upload host" : "The Suno API";
            string lead;
            switch (kind)
            {
                case SunoErrorKind.AuthenticationFailed: lead = who + " rejected the API key"; break;
                case SunoErrorKind.InsufficientCredits: lead = "The Suno account has insufficient credits"; break;
                case SunoErrorKind.RateLimited: lead = who + " is throttling requests"; break;
                case SunoErrorKind.ServiceUnavailable:
                    lead = code == 455 ? who + " is unavailable (maintenance)" : who + " is unavailable"; break;
                case SunoErrorKind.Timeout: lead = who + " did not answer in time"; break;
                case SunoErrorKind.TaskNotFound: lead = who + " does not know task '" + call.Target + "'"; break;
                case SunoErrorKind.InvalidRequest: lead = who + " rejected the request"; break;
                case SunoErrorKind.MalformedResponse: lead = who + " answered in an unexpected form"; break;
                default: lead = who + " failed"; break;
            }

            var codeText = code.HasValue ? " (code " + code.Value.ToString(CultureInfo.InvariantCulture) + ")" : "";
            // A server error or a garbled answer to a submission does not say whether the task was created.
            var unsure = call.SpendsCredits && (kind == SunoErrorKind.ServerError || kind == SunoErrorKind.MalformedResponse ||
                                               kind == SunoErrorKind.Timeout || kind == SunoErrorKind.ServiceUnavailable && code != 455);
            return new SunoException(kind, lead + ": " + serverText.Trim() + codeText + "." + (unsure ? MayHaveBeenAccepted : ""))
            {
                ApiCode = code,
                HttpStatus = status,
                RetryAfter = retryAfter,
                Target = call.Target,
                MayHaveBeenAccepted = unsure,
            };
        }

        private static string? ExistingTaskIn(JsonElement data)
        {
            if (data.ValueKind != JsonValueKind.Object) return null;
            var id = Json.JsonValues.String(data, "taskId") ?? Json.JsonValues.String(data, "task_id");
            return string.IsNullOrWhiteSpace(id) ? null : id;
        }

        /// <summary>A refused repeat that names the task the API already has: nothing was spent, the earlier task is the answer.</summary>
        private static SunoException AlreadyExists(ApiCall call, string serverText, int code, int status, string existingTaskId) =>
            new SunoException(SunoErrorKind.AlreadyExists, "The Suno API already has this as task '" + existingTaskId + "': " +
                                                          serverText.Trim() + " (code " + code.ToString(CultureInfo.InvariantCulture) + ").")
            {
                ApiCode = code,
                HttpStatus = status,
                Target = existingTaskId,
                ExistingTaskId = existingTaskId,
            };

        private Uri BaseOf(ApiOrigin origin) => origin == ApiOrigin.Upload ? _uploadBase : _apiBase;

        /// <summary>
        /// Whether an envelope reports success. Recovery's details carry the task's status in <c>code</c>: 201 (running)
        /// and 200 are records, and so is 500 when it comes with the per-track results (all failed).
        /// </summary>
        private static bool IsSuccess(RecordEnvelope envelope, int code, JsonElement data)
        {
            if (code == 200) return true;
            return envelope == RecordEnvelope.TaskStatusInCode &&
                   (code == 201 || code == 500 && data.ValueKind == JsonValueKind.Object &&
                    data.TryGetProperty("data", out var items) && items.ValueKind == JsonValueKind.Array);
        }

        /// <param name="data">The result: the envelope's <c>data</c>, or the whole answer for <see cref="RecordEnvelope.TaskStatusInCode"/>.</param>
        /// <param name="saysFailed">The upload host's <c>success: false</c>, whatever its code says.</param>
        private static bool TryReadEnvelope(string body, RecordEnvelope envelope, out int code, out string? message, out JsonElement data,
            out bool saysFailed)
        {
            saysFailed = false;
            code = 0;
            message = null;
            data = default;
            if (string.IsNullOrWhiteSpace(body)) return false;
            try
            {
                using (var doc = JsonDocument.Parse(body))
                {
                    var root = doc.RootElement;
                    // Text no string can hold ("\ud800") would throw wherever a reader meets it: refuse the answer here, once.
                    if (!HoldsOnlyValidText(root)) return false;
                    if (root.ValueKind != JsonValueKind.Object ||
                        !root.TryGetProperty("code", out var codeElement) ||
                        codeElement.ValueKind != JsonValueKind.Number ||
                        !codeElement.TryGetInt32(out code))
                    {
                        return false;
                    }

                    if (root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String)
                    {
                        message = msg.GetString();
                    }

                    // "success": false is a refusal even beside code 200; it is read as the code (200 as an HTTP status: a bad request).
                    saysFailed = envelope == RecordEnvelope.Upload &&
                                 root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False;

                    data = envelope == RecordEnvelope.TaskStatusInCode ? root.Clone()
                        : root.TryGetProperty("data", out var d) ? d.Clone() : default;
                    return true;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>Whether every string and property name in the answer decodes to UTF-16 (a lone surrogate escape does not).</summary>
        private static bool HoldsOnlyValidText(JsonElement element)
        {
            try
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        element.GetString();
                        return true;
                    case JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray()) if (!HoldsOnlyValidText(item)) return false;
                        return true;
                    case JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject())
                        {
                            _ = property.Name;
                            if (!HoldsOnlyValidText(property.Value)) return false;
                        }

                        return true;
                    default:
                        return true;
                }
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }

        private static bool DisposeOnFailure(HttpResponseMessage? response)
        {
            response?.Dispose();
            return false;
        }

        private static T? FindInner<T>(Exception e) where T : Exception
        {
            for (var inner = e; inner != null; inner = inner.InnerException)
            {
                if (inner is T found) return found;
            }

            return null;
        }

        /// <summary>True when the connection was refused or the host unknown: nothing reached the server.</summary>
        private static bool WasRefusedBeforeSending(Exception e)
        {
            for (var inner = e; inner != null; inner = inner.InnerException)
            {
                if (inner is SocketException socket &&
                    (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound ||
                     socket.SocketErrorCode == SocketError.NoData || socket.SocketErrorCode == SocketError.TryAgain))
                {
                    return true;
                }
            }

            return false;
        }

        private static string InnermostMessage(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e.Message;
        }

        private static string Snippet(string body)
        {
            if (string.IsNullOrWhiteSpace(body)) return "";
            var flat = body.Replace("\r", " ").Replace("\n", " ").Trim();
            return ": " + (flat.Length > 120 ? flat.Substring(0, 120) + "…" : flat);
        }

        private static void Log(ApiCall call, string result, Stopwatch clock)
        {
            if (!SunoLog.IsListening) return;
            SunoLog.Write(string.Format(CultureInfo.InvariantCulture, "{0} {1} -> {2} in {3} ms",
                call.Method, call.PathAndQuery, result, clock.ElapsedMilliseconds));
        }

        /// <summary>A gateway base such as https://gw.example/suno must keep its last segment when paths are appended.</summary>
        private static Uri WithTrailingSlash(Uri baseUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            var text = baseUri.GetLeftPart(UriPartial.Path);
            return new Uri(text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/");
        }

        private static HttpMessageHandler CreateHandler(IWebProxy? proxy)
        {
            var handler = new HttpClientHandler
            {
                // A redirect could carry the key to another host; the API has no reason to redirect.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            ProxySetting.Apply(handler, proxy);
            try
            {
                handler.MaxConnectionsPerServer = 32; // .NET Framework defaults to 2.
            }
            catch (PlatformNotSupportedException)
            {
            }

            return handler;
        }

        public void Dispose() => _http.Dispose();

        private readonly struct Outcome
        {
            private Outcome(JsonElement data, SunoException? error, bool retryRead, bool notAccepted)
            {
                Data = data;
                Error = error;
                RetryRead = retryRead;
                NotAccepted = notAccepted;
            }

            public JsonElement Data { get; }
            public SunoException? Error { get; }
            public bool RetryRead { get; }
            public bool NotAccepted { get; }

            public static Outcome Succeeded(JsonElement data) => new Outcome(data, null, false, false);

            public static Outcome Failed(SunoException error, bool retryRead, bool notAccepted) =>
                new Outcome(default, error, retryRead, notAccepted);
        }
    }
}
