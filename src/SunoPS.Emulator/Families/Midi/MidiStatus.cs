namespace SunoPS.Emulator.Families.Midi;

/// <summary>The values of MIDI record-info <c>data.successFlag</c>: an <b>integer</b> (suno-api.md §4.20).</summary>
internal enum MidiStatus
{
    Pending = 0,
    Success = 1,
    CreateTaskFailed = 2,
    GenerateFailed = 3,
}

internal static class MidiStatusNames
{
    private static readonly Dictionary<string, MidiStatus> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["0"] = MidiStatus.Pending,
        ["1"] = MidiStatus.Success,
        ["2"] = MidiStatus.CreateTaskFailed,
        ["3"] = MidiStatus.GenerateFailed,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out MidiStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>errorCode (a string in the spec) and errorMessage; both null unless the task failed.</summary>
    public static (string? Code, string? Message) ErrorOf(this MidiStatus status) => status switch
    {
        MidiStatus.CreateTaskFailed => ("500", "Task creation failed"),
        MidiStatus.GenerateFailed => ("500", "MIDI generation failed"),
        _ => (null, null),
    };
}
