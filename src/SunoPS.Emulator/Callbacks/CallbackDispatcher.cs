using System.Net.Http.Headers;
using System.Text;
using SunoPS.Emulator.Families;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Callbacks;

/// <summary>
/// Posts callbacks as the API does (suno-api.md §6): each stage of a watched task once the emulated clock reaches it,
/// in order, to the task's callBackUrl — loopback URLs only unless the host allows any. A non-200 answer (or none
/// within 15 s) is retried up to three times with exponential backoff on the emulated clock; after that no further
/// stage of the task is sent, as the docs say. Every callback is kept in a bounded log for tests.
/// </summary>
internal sealed class CallbackDispatcher : IAsyncDisposable
{
    public const int MaxRetries = 3;
    public const int LogLimit = 1000;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(15);

    private readonly EmulatorState _state;
    private readonly object _gate = new();
    private readonly List<CallbackWatch> _watches = [];
    private readonly LinkedList<CallbackDelivery> _log = new();
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public CallbackDispatcher(EmulatorState state)
    {
        _state = state;
        // No proxy: a loopback callback must reach the listener on this machine, never a proxy's idea of it.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = AnswerTimeout,
        };
    }

    /// <summary>Starts posting due stages; called once the emulator listens.</summary>
    public void Start() => _loop ??= Task.Run(LoopAsync);

    /// <summary>
    /// Watches a new task of a family that reports by callback. A URL that may not be called is logged as skipped, once
    /// per task; tasks of families without callbacks are ignored.
    /// </summary>
    public void Watch(IEmulatedTask task, string? callbackUrl)
    {
        foreach (var family in _state.Families)
        {
            if (family is not ICallbackFamily callbacks) continue;
            var stages = callbacks.CallbackStagesOf(task);
            if (stages.Count == 0) continue;

            var refusal = CallbackTarget.RefusalOf(callbackUrl, _state.Options.CallbacksToAnyHost, out var uri);
            lock (_gate)
            {
                if (refusal is not null)
                {
                    Log(new CallbackDelivery
                    {
                        TaskId = task.TaskId, Family = family.Name, Stage = stages[0].Name, Url = callbackUrl ?? "",
                        StageAt = stages[0].At, Outcome = "skipped", Reason = refusal,
                    });
                    return;
                }

                _watches.Add(new CallbackWatch(task, callbacks, family.Name, uri, stages));
            }

            return;
        }
    }

    /// <summary>The log, oldest first.</summary>
    public IReadOnlyList<CallbackDelivery> Deliveries
    {
        get
        {
            lock (_gate) return _log.ToArray();
        }
    }

    public void ClearLog()
    {
        lock (_gate) _log.Clear();
    }

    /// <summary>Forgets every watched task and the log (the emulator's reset).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _watches.Clear();
            _log.Clear();
        }
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                PostDueStages();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void PostDueStages()
    {
        var now = _state.Clock.Now;
        lock (_gate)
        {
            _watches.RemoveAll(w => w.IsDone && !w.Busy);
            foreach (var watch in _watches)
            {
                if (watch.Busy) continue;
                if (watch.Current is null)
                {
                    if (watch.Next >= watch.Stages.Count || now < watch.Stages[watch.Next].At) continue;
                    var stage = watch.Stages[watch.Next];
                    var body = watch.Family.RenderCallback(watch.Task, stage);
                    watch.CurrentBody = body;
                    watch.Current = new CallbackDelivery
                    {
                        TaskId = watch.Task.TaskId, Family = watch.FamilyName, Stage = stage.Name, Url = watch.Url.ToString(),
                        Body = Encoding.UTF8.GetString(body), StageAt = stage.At,
                    };
                    Log(watch.Current);
                }
                else if (now < watch.RetryAt)
                {
                    continue;
                }

                watch.Busy = true;
                _ = Task.Run(() => AttemptAsync(watch));
            }
        }
    }

    private async Task AttemptAsync(CallbackWatch watch)
    {
        var status = await PostAsync(watch.Url, watch.CurrentBody!);
        lock (_gate)
        {
            var delivery = watch.Current!;
            delivery.AddAttempt(status);
            if (status == 200)
            {
                delivery.Outcome = "delivered";
                watch.Current = null;
                watch.Next++;
            }
            else if (delivery.AttemptCount > MaxRetries)
            {
                delivery.Outcome = "failed";
                delivery.Reason = $"no HTTP 200 after {MaxRetries} retries; later stages of the task are not sent";
                watch.Current = null;
                watch.Next = watch.Stages.Count;
            }
            else
            {
                // 1, 2, 4 times the base delay, on the emulated clock (a sped-up clock retries sooner).
                watch.RetryAt = _state.Clock.Now + _state.Options.CallbackRetrySeconds * Math.Pow(2, delivery.AttemptCount - 1);
            }

            watch.Busy = false;
        }
    }

    private async Task<int> PostAsync(Uri url, byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(url, content, _stop.Token);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return 0;
        }
    }

    private void Log(CallbackDelivery delivery)
    {
        _log.AddLast(delivery);
        while (_log.Count > LogLimit) _log.RemoveFirst();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_loop is not null) await _loop;
        _http.Dispose();
        _stop.Dispose();
    }
}
