using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Timing
{
    /// <summary>
    /// The time every pacer, gate and scheduler of the client reads and waits on. Production uses the real one;
    /// tests give a manual clock and move it by hand, so time-dependent behaviour is tested without sleeping.
    /// </summary>
    internal abstract class SunoClock
    {
        public static readonly SunoClock System = new SystemClock();

        /// <summary>Time since an arbitrary start; only differences mean anything.</summary>
        public abstract TimeSpan Now { get; }

        /// <summary>Completes once <paramref name="delay"/> has passed on this clock (at once for zero or less).</summary>
        public abstract Task Delay(TimeSpan delay, CancellationToken cancellationToken);

        private sealed class SystemClock : SunoClock
        {
            private readonly Stopwatch _watch = Stopwatch.StartNew();

            public override TimeSpan Now => _watch.Elapsed;

            public override Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
                delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
        }
    }
}
