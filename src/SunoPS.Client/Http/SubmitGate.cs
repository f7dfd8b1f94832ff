using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Paces submissions under the API's documented limit (20 per 10 s) with a sliding window, so a batch
    /// is never rejected for going too fast. Shared by everything that submits through one client.
    /// </summary>
    internal sealed class SubmitGate
    {
        private readonly int _limit;
        private readonly TimeSpan _window;
        private readonly Queue<TimeSpan> _recent = new Queue<TimeSpan>();
        private readonly SemaphoreSlim _lock = new SemaphoreSlim(1, 1);
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public SubmitGate(int limit, TimeSpan window)
        {
            _limit = Math.Max(1, limit);
            _window = window;
        }

        /// <summary>Waits until one more submission fits in the window, then counts it.</summary>
        public async Task<TimeSpan> WaitTurnAsync(CancellationToken cancellationToken)
        {
            var waited = TimeSpan.Zero;
            await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    var now = _clock.Elapsed;
                    while (_recent.Count > 0 && now - _recent.Peek() >= _window)
                    {
                        _recent.Dequeue();
                    }

                    if (_recent.Count < _limit)
                    {
                        _recent.Enqueue(now);
                        return waited;
                    }

                    // A little margin past the window: the server's clock and ours start at different moments.
                    var wait = _recent.Peek() + _window - now + TimeSpan.FromMilliseconds(50);
                    waited += wait;
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _lock.Release();
            }
        }
    }
}
