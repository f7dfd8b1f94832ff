namespace SunoPS.Emulator.Tasks;

/// <summary>
/// What the shared parts of the emulator (store, control endpoints, file expiry) need from a task of any
/// family. Each family has its own task class; its record-info finds only tasks of that class, so a WAV
/// task id sent to the music record-info is "Task not found", as ids of another family would be.
/// </summary>
internal interface IEmulatedTask
{
    /// <summary>32 lowercase hex characters, as the real ids.</summary>
    string TaskId { get; }

    /// <summary>Secondary keys the store indexes the task by (track ids, a WAV's source track); each must be unique.</summary>
    IEnumerable<TaskKey> Keys { get; }

    /// <summary>The status field of its record at emulated time <paramref name="now"/>, as the API spells it.</summary>
    string StatusNameAt(double now);

    /// <summary>The generation segment of its current file URLs.</summary>
    int FileGeneration { get; }

    /// <summary>The current file URLs start answering <paramref name="code"/>; returns the new generation.</summary>
    int ExpireFiles(int code);
}

/// <summary>
/// A secondary key in the store: an index name (a constant per family, e.g. "music-track") and an id.
/// A struct, so lookups by a file's track id allocate nothing.
/// </summary>
internal readonly record struct TaskKey(string Index, Guid Id);
