namespace SunoPS.Emulator.Tasks;

/// <summary>
/// The URL generations of one task's files. Generation 1 is issued at creation; each expiry retires the
/// current one (its URLs then answer the given code) and issues the next, so a re-read record has working URLs.
/// </summary>
internal sealed class FileGenerations
{
    private readonly object _gate = new();
    private readonly List<int> _expiredCodes = []; // code for generation i+1 once it has expired

    public int Current
    {
        get { lock (_gate) return _expiredCodes.Count + 1; }
    }

    /// <summary>Retires the current generation with <paramref name="code"/>; returns the new one.</summary>
    public int Expire(int code)
    {
        lock (_gate)
        {
            _expiredCodes.Add(code);
            return _expiredCodes.Count + 1;
        }
    }

    /// <summary>0 when a generation's URLs work, the HTTP status to answer when expired, 404 when never issued.</summary>
    public int StatusOf(int generation)
    {
        lock (_gate)
        {
            if (generation == _expiredCodes.Count + 1) return 0;
            return generation >= 1 && generation <= _expiredCodes.Count ? _expiredCodes[generation - 1] : 404;
        }
    }
}
