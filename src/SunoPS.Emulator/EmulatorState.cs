using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Families;
using SunoPS.Emulator.Faults;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Limits;
using SunoPS.Emulator.Stats;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator;

/// <summary>
/// Everything one emulator knows, and in-process access to what the /_emulator control endpoints do:
/// faults, stats, seeded tasks, file expiry, reset, runtime settings and the clock. Thread-safe.
/// </summary>
public sealed class EmulatorState
{
    private readonly object _settingsGate = new();
    private volatile int _readLimitPerSecond;
    private volatile int _generateLimit;
    private double _generateWindowSeconds;
    private volatile bool _errorsAsHttpStatus;
    private volatile int _creditsPerGeneration;
    private volatile int _creditsPerWav;
    // Hundredths of a credit: some endpoints cost fractions (style boost 0.4, suno-api.md §8).
    private long _creditCents;

    internal EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Clock = new EmulatedClock(options.ClockSpeed);
        _readLimitPerSecond = options.ReadLimitPerSecond;
        _generateLimit = options.GenerateLimit;
        _generateWindowSeconds = options.GenerateWindowSeconds;
        _errorsAsHttpStatus = options.ErrorsAsHttpStatus;
        _creditsPerGeneration = options.CreditsPerGeneration;
        _creditsPerWav = options.CreditsPerWav;
        _creditCents = options.InitialCredits * 100;
        Families = FamilyRegistry.Create(this); // last: families read the options and the clock
        Callbacks = new CallbackDispatcher(this);
    }

    internal EmulatorOptions Options { get; }

    internal EmulatedClock Clock { get; }

    /// <summary>The registered task families (see <see cref="FamilyRegistry"/>).</summary>
    internal IReadOnlyList<ITaskFamily> Families { get; }

    internal TaskStore Tasks { get; } = new();

    /// <summary>The files received by the upload origin (bound to its address once the origin is listening).</summary>
    internal Uploads.UploadStore Uploads { get; } = new();

    /// <summary>Posts the callbacks of tasks submitted with a (loopback) callBackUrl.</summary>
    internal CallbackDispatcher Callbacks { get; }

    internal FaultBook FaultBook { get; } = new();

    internal EmulatorStats Counters { get; } = new();

    internal SlidingWindowLimiter GenerateLimiter { get; } = new();

    internal SlidingWindowLimiter ReadLimiter { get; } = new();

    /// <summary>Set once the files origin is bound.</summary>
    internal FileUrls FileUrls { get; set; } = null!;

    /// <summary>The registered family of this type; families that build on another (WAV on music) use it.</summary>
    internal TFamily Family<TFamily>() where TFamily : ITaskFamily => Families.OfType<TFamily>().Single();

    // ---- faults ----

    public void AddFault(FaultSpec fault) => FaultBook.Add(fault);

    public void ClearFaults() => FaultBook.Clear();

    /// <summary>The active faults; each Count shows the requests it still affects.</summary>
    public IReadOnlyList<FaultSpec> Faults => FaultBook.Snapshot();

    // ---- stats ----

    /// <summary>A fresh snapshot of the counters on every read.</summary>
    public StatsSnapshot Stats => Counters.Snapshot(Tasks.Count);

    public StatsSnapshot GetStats() => Stats;

    // ---- callbacks ----

    /// <summary>Every callback posted, being posted, failed or skipped, oldest first (the last <see cref="CallbackDispatcher.LogLimit"/>).</summary>
    public IReadOnlyList<CallbackDelivery> CallbackDeliveries => Callbacks.Deliveries;

    /// <summary>Empties the callback log; tasks still being watched go on posting.</summary>
    public void ClearCallbackLog() => Callbacks.ClearLog();

    // ---- tasks ----

    public int TaskCount => Tasks.Count;

    /// <summary>Creates tasks directly (no credits, no rate limit) and returns their ids.</summary>
    public IReadOnlyList<string> SeedTasks(SeedTasksRequest request) => Control.TaskSeeder.Seed(this, request);

    /// <summary>Creates <paramref name="count"/> tasks that take <paramref name="status"/> at once (default SUCCESS).</summary>
    public IReadOnlyList<string> SeedTasks(int count, string status = "SUCCESS", double? trackSeconds = null) =>
        SeedTasks(new SeedTasksRequest { Count = count, Status = status, TrackSeconds = trackSeconds });

    /// <summary>When each music task reaches its stages, in emulated seconds on <see cref="EmulatedSeconds"/>'s clock.</summary>
    public IReadOnlyList<Control.TaskTimes> GetTaskTimes(IEnumerable<string> taskIds) =>
        taskIds.Select(id => Control.TaskTimes.Of(this, id)).ToArray();

    /// <summary>
    /// The status a task's record shows now (e.g. "FIRST_SUCCESS"; for a WAV task its successFlag), or null for an unknown id.
    /// </summary>
    public string? GetTaskStatus(string taskId) => Tasks.Find(taskId)?.StatusNameAt(Clock.Now);

    /// <summary>
    /// The task's current file URLs start answering <paramref name="code"/>; its record then shows new URLs
    /// (a new generation segment). Source (CDN) URLs stay expired. Works for a task of any family (music, WAV).
    /// False for an unknown id.
    /// </summary>
    public bool ExpireFiles(string taskId, int code = 403)
    {
        if (code is < 100 or > 599) throw new ArgumentOutOfRangeException(nameof(code), "code must be an HTTP status.");
        var task = Tasks.Find(taskId);
        if (task is null) return false;
        task.ExpireFiles(code);
        return true;
    }

    /// <summary>Clears tasks, faults, stats and rate-limit history, and restores the initial credits. Settings stay.</summary>
    public void Reset()
    {
        Tasks.Clear();
        Callbacks.Reset();
        FaultBook.Clear();
        Counters.Reset();
        GenerateLimiter.Clear();
        ReadLimiter.Clear();
        Uploads.Clear();
        Interlocked.Exchange(ref _creditCents, Options.InitialCredits * 100);
    }

    // ---- clock ----

    /// <summary>Emulated seconds since the emulator started.</summary>
    public double EmulatedSeconds => Clock.Now;

    /// <summary>Moves emulated time forward at once, so tasks advance without waiting.</summary>
    public void AdvanceClock(double emulatedSeconds) => Clock.Advance(emulatedSeconds);

    public void AdvanceClock(TimeSpan emulatedTime) => Clock.Advance(emulatedTime.TotalSeconds);

    // ---- settings ----

    public double ClockSpeed
    {
        get => Clock.Speed;
        set => Clock.Speed = value;
    }

    public int ReadLimitPerSecond
    {
        get => _readLimitPerSecond;
        set => _readLimitPerSecond = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public int GenerateLimit
    {
        get => _generateLimit;
        set => _generateLimit = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public double GenerateWindowSeconds
    {
        get => Volatile.Read(ref _generateWindowSeconds);
        set => Volatile.Write(ref _generateWindowSeconds, value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value)));
    }

    public bool ErrorsAsHttpStatus
    {
        get => _errorsAsHttpStatus;
        set => _errorsAsHttpStatus = value;
    }

    /// <summary>Whole credits, rounded down, as GET /api/v1/generate/credit answers them. Setting it drops any fraction.</summary>
    public long Credits
    {
        get => Interlocked.Read(ref _creditCents) / 100;
        set => Interlocked.Exchange(ref _creditCents, checked(value * 100));
    }

    /// <summary>The exact balance, with the fractions that fractional costs (style boost) leave.</summary>
    public decimal CreditBalance => Interlocked.Read(ref _creditCents) / 100m;

    public int CreditsPerGeneration
    {
        get => _creditsPerGeneration;
        set => _creditsPerGeneration = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Credits a WAV conversion costs.</summary>
    public int CreditsPerWav
    {
        get => _creditsPerWav;
        set => _creditsPerWav = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public EmulatorSettings GetSettings() => new()
    {
        ClockSpeed = ClockSpeed,
        ReadLimitPerSecond = ReadLimitPerSecond,
        GenerateLimit = GenerateLimit,
        GenerateWindowSeconds = GenerateWindowSeconds,
        ErrorsAsHttpStatus = ErrorsAsHttpStatus,
        Credits = Credits,
        CreditsPerGeneration = CreditsPerGeneration,
        CreditsPerWav = CreditsPerWav,
    };

    /// <summary>Applies the non-null settings; all are checked before any is changed.</summary>
    public void ApplySettings(EmulatorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ClockSpeed is { } speed && (!(speed > 0) || double.IsInfinity(speed))) throw new ArgumentException("clockSpeed must be a positive number.");
        if (settings.ReadLimitPerSecond is < 0) throw new ArgumentException("readLimitPerSecond must not be negative.");
        if (settings.GenerateLimit is < 0) throw new ArgumentException("generateLimit must not be negative.");
        if (settings.GenerateWindowSeconds is { } w && (!(w > 0) || double.IsInfinity(w))) throw new ArgumentException("generateWindowSeconds must be a positive number.");
        if (settings.CreditsPerGeneration is < 0) throw new ArgumentException("creditsPerGeneration must not be negative.");
        if (settings.CreditsPerWav is < 0) throw new ArgumentException("creditsPerWav must not be negative.");

        lock (_settingsGate)
        {
            if (settings.ClockSpeed is { } s) ClockSpeed = s;
            if (settings.ReadLimitPerSecond is { } r) ReadLimitPerSecond = r;
            if (settings.GenerateLimit is { } g) GenerateLimit = g;
            if (settings.GenerateWindowSeconds is { } gw) GenerateWindowSeconds = gw;
            if (settings.ErrorsAsHttpStatus is { } e) ErrorsAsHttpStatus = e;
            if (settings.Credits is { } c) Credits = c;
            if (settings.CreditsPerGeneration is { } cp) CreditsPerGeneration = cp;
            if (settings.CreditsPerWav is { } cw) CreditsPerWav = cw;
        }
    }

    /// <summary>Takes the cost of one submission, unless the balance is too low.</summary>
    internal bool TrySpendCredits(int amount) => TrySpendCredits((decimal)amount);

    /// <summary>Takes a cost in credits with up to two decimals (0.4), unless the balance is too low.</summary>
    internal bool TrySpendCredits(decimal amount)
    {
        var cents = CentsOf(amount);
        while (true)
        {
            var balance = Interlocked.Read(ref _creditCents);
            if (balance < cents) return false;
            if (Interlocked.CompareExchange(ref _creditCents, balance - cents, balance) == balance) return true;
        }
    }

    /// <summary>Gives back credits taken for a submission that was then refused.</summary>
    internal void RefundCredits(int amount) => Interlocked.Add(ref _creditCents, CentsOf(amount));

    private static long CentsOf(decimal amount) => (long)decimal.Round(amount * 100, MidpointRounding.AwayFromZero);
}
