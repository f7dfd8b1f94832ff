using System.Collections.Concurrent;
using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator.Stats;

/// <summary>Lock-free counters updated by every request.</summary>
internal sealed class EmulatorStats
{
    private ConcurrentDictionary<string, long> _byPath = new(StringComparer.Ordinal);
    private long _api, _files, _uploads, _throttled, _generateAccepted, _generateRejected, _filesWithAuth, _ranges, _faults;
    private long _inFlight, _peak;

    public void RequestStarted(Origin origin, string path, bool hasAuthorization, bool hasRange)
    {
        _byPath.AddOrUpdate(path, 1, static (_, n) => n + 1);
        if (origin == Origin.Files)
        {
            Interlocked.Increment(ref _files);
            if (hasAuthorization) Interlocked.Increment(ref _filesWithAuth);
            if (hasRange) Interlocked.Increment(ref _ranges);
        }
        else if (origin == Origin.Uploads)
        {
            Interlocked.Increment(ref _uploads);
        }
        else
        {
            Interlocked.Increment(ref _api);
        }

        var now = Interlocked.Increment(ref _inFlight);
        long peak;
        while (now > (peak = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }
    }

    public void RequestEnded() => Interlocked.Decrement(ref _inFlight);

    public void Throttled() => Interlocked.Increment(ref _throttled);

    public void GenerateAccepted() => Interlocked.Increment(ref _generateAccepted);

    public void GenerateRejected() => Interlocked.Increment(ref _generateRejected);

    public void FaultApplied() => Interlocked.Increment(ref _faults);

    public void Reset()
    {
        _byPath = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        Interlocked.Exchange(ref _api, 0);
        Interlocked.Exchange(ref _files, 0);
        Interlocked.Exchange(ref _uploads, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _generateAccepted, 0);
        Interlocked.Exchange(ref _generateRejected, 0);
        Interlocked.Exchange(ref _filesWithAuth, 0);
        Interlocked.Exchange(ref _ranges, 0);
        Interlocked.Exchange(ref _faults, 0);
        // Requests in flight during a reset still end later; the peak restarts from what is in flight now.
        Interlocked.Exchange(ref _peak, Interlocked.Read(ref _inFlight));
    }

    public StatsSnapshot Snapshot(int tasks) => new()
    {
        RequestsByPath = new SortedDictionary<string, long>(_byPath, StringComparer.Ordinal),
        ApiRequests = Interlocked.Read(ref _api),
        FilesRequests = Interlocked.Read(ref _files),
        UploadRequests = Interlocked.Read(ref _uploads),
        Throttled = Interlocked.Read(ref _throttled),
        GenerateAccepted = Interlocked.Read(ref _generateAccepted),
        GenerateRejected = Interlocked.Read(ref _generateRejected),
        FileRequestsWithAuthorization = Interlocked.Read(ref _filesWithAuth),
        RangeRequests = Interlocked.Read(ref _ranges),
        FaultsApplied = Interlocked.Read(ref _faults),
        PeakConcurrentRequests = Interlocked.Read(ref _peak),
        Tasks = tasks,
    };
}
