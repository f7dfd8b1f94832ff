using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>Runs a <see cref="TaskWaiter"/> to the end and collects what it reported.</summary>
    internal static class Waits
    {
        public static WaitSettings Fast(Action<WaitSettings>? configure = null)
        {
            var settings = new WaitSettings
            {
                PollInterval = TimeSpan.FromMilliseconds(50),
                MaxPollInterval = TimeSpan.FromMilliseconds(100),
                Timeout = TimeSpan.FromSeconds(20),
                MaxRequestsPerSecond = 200,
            };
            configure?.Invoke(settings);
            return settings;
        }

        public static async Task<List<WaitEvent>> WaitAsync(SunoClient client, WaitSettings settings, IEnumerable<string> ids,
            CancellationToken cancellationToken = default, Action<TaskWaiter>? inspect = null)
        {
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(client, settings, events.Enqueue);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            await waiter.RunAsync(cancellationToken);
            inspect?.Invoke(waiter);
            return events.ToList();
        }

        public static IEnumerable<WaitEvent> Final(IEnumerable<WaitEvent> events) =>
            events.Where(e => e.Kind != WaitEventKind.StatusChanged && e.Kind != WaitEventKind.Unreachable);

        public static async Task WaitUntil(Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!condition())
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException("The condition never came true.");
                await Task.Delay(10);
            }
        }
    }
}
