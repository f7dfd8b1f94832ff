using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Callbacks;

/// <summary>A task whose stages are still to be posted: where it stands, and its delivery in progress. Guarded by the dispatcher's lock.</summary>
internal sealed class CallbackWatch(IEmulatedTask task, ICallbackFamily family, string familyName, Uri url, IReadOnlyList<CallbackStage> stages)
{
    public IEmulatedTask Task { get; } = task;

    public ICallbackFamily Family { get; } = family;

    public string FamilyName { get; } = familyName;

    public Uri Url { get; } = url;

    public IReadOnlyList<CallbackStage> Stages { get; } = stages;

    /// <summary>The index of the next stage to post.</summary>
    public int Next { get; set; }

    /// <summary>The stage being posted (between retries too), or null.</summary>
    public CallbackDelivery? Current { get; set; }

    public byte[]? CurrentBody { get; set; }

    /// <summary>Emulated time of the next retry of <see cref="Current"/>.</summary>
    public double RetryAt { get; set; }

    /// <summary>An attempt is on the wire.</summary>
    public bool Busy { get; set; }

    public bool IsDone => Current is null && Next >= Stages.Count;
}
