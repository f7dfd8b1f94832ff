using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Cover fetches of one downloader by URL: the tracks of a task (and the stems of a separation) usually share
    /// one cover, so it is fetched once while in flight and kept once fetched. Bounded in entries and bytes, oldest
    /// out first; a failed fetch is not kept (the next asker tries again). A shared fetch runs on its own token and
    /// is cancelled only when every download waiting on it has given up, so one cancelled file never fails another.
    /// </summary>
    internal sealed class CoverCache<T>
    {
        public const int DefaultMaxEntries = 64;
        public const long DefaultMaxBytes = 32L * 1024 * 1024;

        private readonly object _gate = new object();
        private readonly Func<string, CancellationToken, Task<T>> _fetch;
        private readonly Func<T, long?> _sizeIfKept;
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private readonly LinkedList<string> _order = new LinkedList<string>();
        private readonly int _maxEntries;
        private readonly long _maxBytes;
        private long _bytes;

        /// <param name="sizeIfKept">The size of a result worth keeping; null for one that is not (a failure).</param>
        public CoverCache(Func<string, CancellationToken, Task<T>> fetch, Func<T, long?> sizeIfKept, int maxEntries = DefaultMaxEntries,
            long maxBytes = DefaultMaxBytes)
        {
            _fetch = fetch;
            _sizeIfKept = sizeIfKept;
            _maxEntries = Math.Max(1, maxEntries);
            _maxBytes = Math.Max(0, maxBytes);
        }

        /// <summary>How many fetches were started (for tests and diagnostics).</summary>
        public int Fetches;

        public int Count
        {
            get
            {
                lock (_gate) return _entries.Count;
            }
        }

        public async Task<T> GetAsync(string url, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Entry entry;
            lock (_gate)
            {
                if (!_entries.TryGetValue(url, out entry!))
                {
                    entry = new Entry(_order.AddLast(url));
                    _entries[url] = entry;
                    Interlocked.Increment(ref Fetches);
                    entry.Fetch = RunAsync(url, entry);
                }

                entry.Waiters++;
            }

            try
            {
                if (!entry.Fetch.IsCompleted && cancellationToken.CanBeCanceled)
                {
                    var gaveUp = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    using (cancellationToken.Register(() => gaveUp.TrySetResult(true)))
                    {
                        if (await Task.WhenAny(entry.Fetch, gaveUp.Task).ConfigureAwait(false) != entry.Fetch)
                        {
                            throw new OperationCanceledException(cancellationToken);
                        }
                    }
                }

                return await entry.Fetch.ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    entry.Waiters--;
                    if (entry.Waiters == 0 && !entry.Fetch.IsCompleted)
                    {
                        // Nobody wants it any more: stop it and forget it.
                        RemoveLocked(url, entry);
                        entry.Stop.Cancel();
                    }
                }
            }
        }

        private async Task<T> RunAsync(string url, Entry entry)
        {
            await Task.Yield(); // the entry is complete (Fetch set) before anything runs
            try
            {
                var result = await _fetch(url, entry.Stop.Token).ConfigureAwait(false);
                lock (_gate)
                {
                    var size = _sizeIfKept(result);
                    if (size == null || size.Value > _maxBytes)
                    {
                        RemoveLocked(url, entry);
                    }
                    else if (_entries.TryGetValue(url, out var current) && current == entry)
                    {
                        entry.Size = size.Value;
                        _bytes += size.Value;
                        TrimLocked(entry);
                    }
                }

                return result;
            }
            catch
            {
                lock (_gate) RemoveLocked(url, entry);
                throw;
            }
        }

        /// <summary>Drops the oldest finished entries until both bounds hold (never the one just kept).</summary>
        private void TrimLocked(Entry keep)
        {
            var node = _order.First;
            while (node != null && (_entries.Count > _maxEntries || _bytes > _maxBytes))
            {
                var next = node.Next;
                var entry = _entries[node.Value];
                if (entry != keep && entry.Fetch.IsCompleted) RemoveLocked(node.Value, entry);
                node = next;
            }
        }

        private void RemoveLocked(string url, Entry entry)
        {
            if (!_entries.TryGetValue(url, out var current) || current != entry) return;
            _entries.Remove(url);
            _order.Remove(entry.Node);
            _bytes -= entry.Size;
            entry.Size = 0;
        }

        private sealed class Entry
        {
            public Entry(LinkedListNode<string> node)
            {
                Node = node;
            }

            public LinkedListNode<string> Node { get; }
            public Task<T> Fetch { get; set; } = null!;
            public CancellationTokenSource Stop { get; } = new CancellationTokenSource();
            public int Waiters { get; set; }
            public long Size { get; set; }
        }
    }
}
