using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// One <see cref="SubmitGate"/> per API origin and key for the whole process: the API counts submissions per key,
    /// so 8 runspaces (ForEach-Object -Parallel) submitting with one key share one window instead of each filling its
    /// own. The key is held only as a hash, in memory.
    /// </summary>
    internal static class SubmitGates
    {
        private static readonly ConcurrentDictionary<string, SubmitGate> Gates = new ConcurrentDictionary<string, SubmitGate>(StringComparer.Ordinal);
        private static readonly ConditionalWeakTableIds ClockIds = new ConditionalWeakTableIds();

        public static SubmitGate For(Uri origin, string? key, int limit, TimeSpan window, SunoClock clock)
        {
            string hash;
            using (var sha = SHA256.Create())
            {
                hash = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(key ?? "")));
            }

            // Clock, limit and window are part of the name: a test's manual clock never shares a gate with real time.
            var name = origin.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "|" + hash + "|" + limit + "|" + window.Ticks + "|" +
                       ClockIds.Of(clock);
            return Gates.GetOrAdd(name, _ => new SubmitGate(limit, window, clock));
        }

        /// <summary>A number per clock instance, without keeping the clock alive.</summary>
        private sealed class ConditionalWeakTableIds
        {
            private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SunoClock, object> _ids =
                new System.Runtime.CompilerServices.ConditionalWeakTable<SunoClock, object>();
            private long _next;

            public long Of(SunoClock clock) => (long)_ids.GetValue(clock, _ => System.Threading.Interlocked.Increment(ref _next));
        }
    }
}
