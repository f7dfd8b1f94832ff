using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator.Faults;

/// <summary>The active faults, in the order added, with how many requests each still affects.</summary>
internal sealed class FaultBook
{
    private sealed class Entry(FaultSpec spec)
    {
        public FaultSpec Spec { get; } = spec;
        public int Remaining { get; set; } = spec.Count;

        // Draws for Probability; used under the book's lock only.
        public Random Draws { get; } = spec.Seed is { } seed ? new Random(seed) : new Random();

        public bool Strikes() => Spec.Probability >= 1 || Draws.NextDouble() < Spec.Probability;
    }

    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];
    private volatile int _count; // lets the common no-fault case skip the lock

    public void Add(FaultSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        lock (_gate)
        {
            _entries.Add(new Entry(spec.Copy()));
            _count = _entries.Count;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _count = 0;
        }
    }

    /// <summary>The active faults, with <see cref="FaultSpec.Count"/> showing what remains.</summary>
    public IReadOnlyList<FaultSpec> Snapshot()
    {
        lock (_gate)
        {
            return _entries.Select(e =>
            {
                var copy = e.Spec.Copy();
                copy.Count = e.Remaining;
                return copy;
            }).ToList();
        }
    }

    /// <summary>The first fault matching the request, using up one of its count; null when none matches.</summary>
    public FaultSpec? TryConsume(Origin origin, string method, string path)
    {
        if (_count == 0) return null;
        var target = origin switch { Origin.Files => "files", Origin.Uploads => "uploads", _ => "api" };
        lock (_gate)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (!string.Equals(entry.Spec.Target, target, StringComparison.OrdinalIgnoreCase)) continue;
                if (entry.Spec.PathPrefix is { Length: > 0 } prefix && !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (entry.Spec.Method is { Length: > 0 } only && !string.Equals(only, method, StringComparison.OrdinalIgnoreCase)) continue;
                if (!entry.Strikes()) continue;
                if (entry.Remaining > 0 && --entry.Remaining == 0)
                {
                    _entries.RemoveAt(i);
                    _count = _entries.Count;
                }

                return entry.Spec;
            }
        }

        return null;
    }
}
