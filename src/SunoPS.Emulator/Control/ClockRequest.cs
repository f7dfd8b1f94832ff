namespace SunoPS.Emulator.Control;

/// <summary>Body of POST /_emulator/clock.</summary>
internal sealed class ClockRequest
{
    /// <summary>Emulated seconds to jump ahead.</summary>
    public double AdvanceSeconds { get; set; }
}
