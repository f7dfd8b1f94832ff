using SunoPS.Emulator.Families.Music;

namespace SunoPS.Emulator.Control;

/// <summary>
/// Creates tasks for tests and benchmarks without going through the submit endpoints (no credits, no rate
/// limit): checks what all families share, then hands the request to the family it names (music by default).
/// </summary>
internal static class TaskSeeder
{
    public const int MaxCount = 100_000;
    public const string DefaultFamily = "music";
    public const string DefaultPrompt = "An emulated seed song about quiet offline afternoons";

    /// <summary>The callBackUrl seeded tasks pretend to have been sent (a reserved name: nothing is ever called).</summary>
    public const string CallbackUrl = "https://callback.invalid/suno";

    public static IReadOnlyList<string> Seed(EmulatorState state, SeedTasksRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var name = string.IsNullOrWhiteSpace(request.Family) ? DefaultFamily : request.Family.Trim();
        var family = state.Families.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"family must be one of {string.Join(", ", state.Families.Select(f => f.Name))}.");
        return family.Seed(request);
    }

    /// <summary>Emulated seconds from now at which task <paramref name="index"/> finishes; null uses the family's normal times.</summary>
    public static double? FinishTimeOf(SeedTasksRequest request, int index) =>
        request.FinishAfterSeconds is { } finishes ? finishes[index]
        : request.FinishSpreadSeconds is { } spread ? spread * (index + 1) / request.Count
        : null;

    private static void Validate(SeedTasksRequest request)
    {
        if (request.Count is < 1 or > MaxCount) throw new ArgumentException($"count must be between 1 and {MaxCount}.");
        if (request.Model is { } model && ModelCatalog.Find(model) is null)
            throw new ArgumentException($"model must be one of {ModelCatalog.KnownNames}.");
        if (request.FinishAfterSeconds is { } finishes)
        {
            if (finishes.Length != request.Count) throw new ArgumentException("finishAfterSeconds must have one entry per task.");
            if (finishes.Any(f => !(f >= 0) || double.IsInfinity(f))) throw new ArgumentException("finishAfterSeconds must be finite and not negative.");
        }

        if (request.FinishSpreadSeconds is { } spread && (!(spread >= 0) || double.IsInfinity(spread)))
            throw new ArgumentException("finishSpreadSeconds must be finite and not negative.");
        if (request.OperationType is { } operation && !OperationTypes.All.Contains(operation, StringComparer.Ordinal))
            throw new ArgumentException($"operationType must be one of {string.Join(", ", OperationTypes.All)}.");
        if (request.TrackSeconds is { } seconds && (!(seconds > 0) || double.IsInfinity(seconds)))
            throw new ArgumentException("trackSeconds must be a positive number.");
    }
}
