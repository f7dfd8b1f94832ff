using System;
using System.Threading;

namespace SunoPS.Client.Diagnostics
{
    /// <summary>
    /// Where the client reports what it does (requests, retries, waits), and, for a listener that asks, the detail
    /// of each exchange (request and answer bodies). A caller listens for the span of one operation; the sinks
    /// only enqueue, so the listener decides on which thread to write. The client never puts the API key in a
    /// message: details show it masked.
    /// </summary>
    public static class SunoLog
    {
        private static readonly AsyncLocal<Sinks?> Current = new AsyncLocal<Sinks?>();

        /// <summary>Sends log lines of the current async flow to <paramref name="sink"/> until disposed.</summary>
        public static IDisposable Listen(Action<string> sink) => Listen(sink, null);

        /// <summary>Also sends the bodies of requests and answers to <paramref name="detailSink"/>, when it is given.</summary>
        public static IDisposable Listen(Action<string> sink, Action<string>? detailSink)
        {
            var previous = Current.Value;
            Current.Value = new Sinks(sink, detailSink);
            return new Restore(previous);
        }

        internal static void Write(string message) => Current.Value?.Lines(message);

        internal static bool IsListening => Current.Value != null;

        internal static void WriteDetail(string message) => Current.Value?.Details?.Invoke(message);

        internal static bool IsListeningForDetail => Current.Value?.Details != null;

        private sealed class Sinks
        {
            public Sinks(Action<string> lines, Action<string>? details)
            {
                Lines = lines;
                Details = details;
            }

            public Action<string> Lines { get; }
            public Action<string>? Details { get; }
        }

        private sealed class Restore : IDisposable
        {
            private readonly Sinks? _previous;
            public Restore(Sinks? previous) => _previous = previous;
            public void Dispose() => Current.Value = _previous;
        }
    }
}
