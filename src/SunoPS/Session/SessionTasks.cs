using System.Collections.Concurrent;

namespace SunoPS.Session
{
    /// <summary>
    /// The tasks this session has seen (submitted or read), by reference. A later record of the same task can be
    /// completed from them: a WAV record has no title, but the object ConvertTo-SunoWav returned knew the track's.
    /// Bounded, so a session that reads millions of records does not grow without end.
    /// </summary>
    internal sealed class SessionTasks
    {
        private const int Capacity = 10000;
        private readonly ConcurrentDictionary<SunoTaskReference, SunoTask> _tasks = new ConcurrentDictionary<SunoTaskReference, SunoTask>();
        private readonly ConcurrentQueue<SunoTaskReference> _order = new ConcurrentQueue<SunoTaskReference>();

        public void Remember(SunoTask task)
        {
            if (string.IsNullOrEmpty(task.TaskId)) return;
            var reference = task.Reference;
            if (_tasks.TryGetValue(reference, out var known)) task.CarryFrom(known);
            else _order.Enqueue(reference);
            _tasks[reference] = task;
            while (_tasks.Count > Capacity && _order.TryDequeue(out var oldest)) _tasks.TryRemove(oldest, out _);
        }

        public SunoTask? Find(SunoTaskReference reference) => _tasks.TryGetValue(reference, out var task) ? task : null;

        /// <summary>The tasks still remembered, the most recently seen first (for tab completion).</summary>
        public System.Collections.Generic.List<SunoTask> Recent()
        {
            var list = new System.Collections.Generic.List<SunoTask>();
            foreach (var reference in _order)
            {
                if (_tasks.TryGetValue(reference, out var task)) list.Add(task);
            }

            list.Reverse();
            return list;
        }
    }
}
