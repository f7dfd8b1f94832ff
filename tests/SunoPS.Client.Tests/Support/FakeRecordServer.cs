using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Web;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>
    /// Music record-info on a manual clock: every id is a task whose status follows a timeline, ids starting with
    /// "nope" are unknown, and reads beyond <see cref="ReadLimit"/> in any second of the clock are refused with code
    /// 430 ("call frequency too high"), as the API does.
    /// </summary>
    internal sealed class FakeRecordServer
    {
        private readonly ManualClock _clock;
        private readonly object _gate = new object();
        private readonly Queue<TimeSpan> _admitted = new Queue<TimeSpan>();
        private readonly ConcurrentDictionary<string, TimeSpan> _finishAt = new ConcurrentDictionary<string, TimeSpan>();
        private readonly List<TimeSpan> _admittedAt = new List<TimeSpan>();
        private int _throttled;

        public FakeRecordServer(ManualClock clock, int readLimit)
        {
            _clock = clock;
            ReadLimit = readLimit;
            Handler = new FakeHandler(Answer);
        }

        public int ReadLimit { get; }
        public FakeHandler Handler { get; }
        public int Throttled => System.Threading.Volatile.Read(ref _throttled);

        /// <summary>When each admitted read arrived, on the clock.</summary>
        public IReadOnlyList<TimeSpan> AdmittedAt
        {
            get
            {
                lock (_gate) return _admittedAt.ToArray();
            }
        }

        /// <summary>The task is PENDING until <paramref name="at"/> on the clock and SUCCESS from then on (default: at once).</summary>
        public void FinishAt(string taskId, TimeSpan at) => _finishAt[taskId] = at;

        private HttpResponseMessage Answer(SeenRequest request)
        {
            var now = _clock.Now;
            lock (_gate)
            {
                while (_admitted.Count > 0 && _admitted.Peek() <= now - TimeSpan.FromSeconds(1)) _admitted.Dequeue();
                if (_admitted.Count >= ReadLimit)
                {
                    _throttled++;
                    return FakeHandler.Envelope(430, msg: "Your call frequency is too high. Please try again later.");
                }

                _admitted.Enqueue(now);
                _admittedAt.Add(now);
            }

            var id = HttpUtility.ParseQueryString(request.Uri.Query)["taskId"] ?? "";
            if (id.StartsWith("nope", StringComparison.Ordinal))
            {
                return FakeHandler.Envelope(404, msg: "Task not found");
            }

            var done = !_finishAt.TryGetValue(id, out var at) || now >= at;
            return FakeHandler.Record("{\"taskId\":\"" + id + "\",\"status\":\"" + (done ? "SUCCESS" : "PENDING") + "\"}");
        }

        public SunoClient Client(Action<SunoClientOptions>? configure = null) =>
            new SunoClient(FakeHandler.Options(o =>
            {
                o.Clock = _clock;
                o.MaxRetries = 4;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
                configure?.Invoke(o);
            }), Handler);
    }
}
