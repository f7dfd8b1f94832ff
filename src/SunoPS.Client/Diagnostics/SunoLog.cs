using System;
using System.Threading;

namespace SunoPS.Client.Diagnostics
{
    /// <summary>
    /// Where the client reports what it does (requests, retries, waits). A caller listens for the span of one
    /// operation; the sink only enqueues, so the listener decides on which thread to write.
    /// The client never puts the API key in a message.
    /// </summary>
    public static class SunoLog
    {
        private static readonly AsyncLocal<Action<string>?> CurrentSink = new AsyncLocal<Action<string>?>();

        /// <summary>Sends log lines of the current async flow to <paramref name="sink"/> until disposed.</summary>
        public static IDisposable Listen(Action<string> sink)
        {
            var previous = CurrentSink.Value;
            CurrentSink.Value = sink;
            return new Restore(previous);
        }

        internal static void Write(string message) => CurrentSink.Value?.Invoke(message);

        internal static bool IsListening => CurrentSink.Value != null;

        private sealed class Restore : IDisposable
        {
            private readonly Action<string>? _previous;
            public Restore(Action<string>? previous) => _previous = previous;
            public void Dispose() => CurrentSink.Value = _previous;
        }
    }
}
