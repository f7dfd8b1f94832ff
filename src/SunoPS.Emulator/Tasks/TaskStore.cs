using System.Collections.Concurrent;

namespace SunoPS.Emulator.Tasks;

/// <summary>
/// All tasks of one emulator, of every family: by task id, and by the secondary keys each task declares
/// (the files origin only knows track ids; the WAV family refuses a second WAV of the same track).
/// </summary>
internal sealed class TaskStore
{
    private readonly ConcurrentDictionary<string, IEmulatedTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TaskKey, IEmulatedTask> _keys = new();

    public int Count => _tasks.Count;

    /// <summary>Adds a task whose keys are new (fresh ids); throws if one is taken.</summary>
    public void Add(IEmulatedTask task)
    {
        if (!TryAdd(task)) throw new InvalidOperationException($"A key of task {task.TaskId} is already taken.");
    }

    /// <summary>
    /// Adds the task unless one of its keys is taken, in which case nothing is added. Atomic per key, so two
    /// requests racing for the same key cannot both win.
    /// </summary>
    public bool TryAdd(IEmulatedTask task)
    {
        var added = new List<TaskKey>(2);
        foreach (var key in task.Keys)
        {
            if (!_keys.TryAdd(key, task))
            {
                foreach (var undo in added) _keys.TryRemove(undo, out _);
                return false;
            }

            added.Add(key);
        }

        _tasks[task.TaskId] = task;
        return true;
    }

    public IEmulatedTask? Find(string taskId) => _tasks.TryGetValue(taskId, out var task) ? task : null;

    /// <summary>The task with this id if it is of type <typeparamref name="TTask"/> (that family's kind).</summary>
    public TTask? Find<TTask>(string taskId) where TTask : class, IEmulatedTask => Find(taskId) as TTask;

    public TTask? FindByKey<TTask>(TaskKey key) where TTask : class, IEmulatedTask =>
        _keys.TryGetValue(key, out var task) ? task as TTask : null;

    public void Clear()
    {
        _tasks.Clear();
        _keys.Clear();
    }
}
