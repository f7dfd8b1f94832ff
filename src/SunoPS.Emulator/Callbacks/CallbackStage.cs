namespace SunoPS.Emulator.Callbacks;

/// <summary>
/// A stage a callback reports: its name (music's <c>text</c>, <c>first</c>, <c>complete</c>, <c>error</c>; other
/// families' <c>complete</c> or <c>error</c>) and the emulated time, in clock seconds, at which the task reaches it.
/// </summary>
internal readonly record struct CallbackStage(string Name, double At)
{
    public const string Text = "text";
    public const string First = "first";
    public const string Complete = "complete";
    public const string Error = "error";
}
