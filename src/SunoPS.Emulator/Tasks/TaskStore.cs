using System.Collections.Concurrent;

namespace SunoPS.Emulator.Tasks;

/// <summary>All tasks of one emulator, by task id and by track id (the files origin only knows track ids).</summary>
internal sealed class TaskStore
{
    private readonly ConcurrentDictionary<string, MusicTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, (MusicTask Task, int Index)> _tracks = new();

    public int Count => _tasks.Count;

    public void Add(MusicTask task)
    {
        for (var i = 0; i < task.Tracks.Count; i++) _tracks[task.Tracks[i].Id] = (task, i);
        _tasks[task.TaskId] = task;
    }

    public MusicTask? Find(string taskId) => _tasks.TryGetValue(taskId, out var task) ? task : null;

    public bool TryFindTrack(Guid trackId, out MusicTask task, out int index)
    {
        if (_tracks.TryGetValue(trackId, out var entry))
        {
            (task, index) = entry;
            return true;
        }

        (task, index) = (null!, -1);
        return false;
    }

    public void Clear()
    {
        _tasks.Clear();
        _tracks.Clear();
    }
}
