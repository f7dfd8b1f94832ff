using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Errors;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Work started in input order and written out in that order, each result as soon as it and all before it are
    /// in. A failure stays with its item (a non-terminating error) unless it would fail every item (the key, say).
    /// </summary>
    internal sealed class OrderedOutput<T>
    {
        private readonly Queue<KeyValuePair<object?, Task<T>>> _pending = new Queue<KeyValuePair<object?, Task<T>>>();

        public int Count => _pending.Count;

        public void Enqueue(Task<T> work, object? target) => _pending.Enqueue(new KeyValuePair<object?, Task<T>>(target, work));

        /// <param name="maxQueued">With more than this queued, the oldest is waited for, so input cannot run far ahead of output.</param>
        public void WriteFinished(SunoCmdlet cmdlet, bool waitForAll, Action<T> write, int maxQueued = int.MaxValue, Action? onTick = null)
        {
            while (_pending.Count > 0 && (waitForAll || _pending.Count > maxQueued || _pending.Peek().Value.IsCompleted))
            {
                var next = _pending.Dequeue();
                T result;
                try
                {
                    result = cmdlet.Await(next.Value, onTick);
                }
                catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
                {
                    cmdlet.ThrowTerminatingError(ErrorRecordFactory.From(e, next.Key));
                    return;
                }
                catch (SunoException e)
                {
                    cmdlet.WriteError(ErrorRecordFactory.From(e, next.Key));
                    continue;
                }

                write(result);
            }

            cmdlet.Drain();
        }

        /// <summary>The work still running, for cleanup.</summary>
        public IEnumerable<Task> Running
        {
            get
            {
                foreach (var item in _pending) yield return item.Value;
            }
        }
    }
}
