using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families;

/// <summary>
/// A task family as a plug-in of the emulator (music, WAV; later lyrics, stems, MIDI, video…). A family brings
/// its own task class (an <see cref="Tasks.IEmulatedTask"/>, which is its kind in the store), and:
/// </summary>
internal interface ITaskFamily
{
    /// <summary>Its name in <c>POST /_emulator/tasks</c> (<c>"family"</c>) and in messages, e.g. "music", "wav".</summary>
    string Name { get; }

    /// <summary>Its API endpoints: submit route(s) with their validation, and its record-info.</summary>
    IEnumerable<ApiRoute> Routes { get; }

    /// <summary>The path prefixes it serves on the files origin, each with its handler.</summary>
    IEnumerable<FileRoute> FileRoutes { get; }

    /// <summary>
    /// Creates tasks directly for tests (no credits, no rate limit). Count and finish times are already checked
    /// (see <see cref="Control.TaskSeeder"/>); the family checks its own status names. Returns the task ids.
    /// </summary>
    IReadOnlyList<string> Seed(SeedTasksRequest request);
}
