using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Errors;
using SunoPS.Errors;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet: owns the cancellation token that Ctrl+C cancels, runs async client work while the
    /// pipeline thread stays free to write verbose and progress records (PowerShell allows writes only from
    /// that thread), and turns client failures into ErrorRecords.
    /// </summary>
    public abstract class SunoCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentQueue<Action> _pipelineWork = new ConcurrentQueue<Action>();
        private readonly SemaphoreSlim _pipelineSignal = new SemaphoreSlim(0);

        protected CancellationToken CancellationToken => _stop.Token;

        protected override void StopProcessing() => _stop.Cancel();

        /// <summary>Asks the pipeline thread to run <paramref name="action"/> (e.g. a WriteProgress) soon.</summary>
        protected internal void Post(Action action)
        {
            _pipelineWork.Enqueue(action);
            _pipelineSignal.Release();
        }

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and waits for it here, writing whatever it posts.
        /// A Ctrl+C surfaces as a stopped pipeline, never as an error.
        /// </summary>
        protected T Run<T>(Func<CancellationToken, Task<T>> work, Action? onTick = null) => Await(Start(work), onTick);

        /// <summary>Starts background work whose log lines reach -Verbose through this cmdlet.</summary>
        protected internal Task<T> Start<T>(Func<CancellationToken, Task<T>> work)
        {
            using (SunoLog.Listen(line => Post(() => WriteVerbose(line)), DebugWanted ? line => Post(() => WriteDebugLine(line)) : (Action<string>?)null))
            {
                return Task.Run(() => work(_stop.Token));
            }
        }

        /// <summary>Waits on the pipeline thread for <paramref name="task"/>, writing what background work posts meanwhile.</summary>
        protected internal T Await<T>(Task<T> task, Action? onTick = null)
        {
            if (!task.IsCompleted)
            {
                // Wake the moment the work is done, not at the next tick: a command's answer should not wait up to
                // a quarter of a second for nothing. A wake-up left over for a later wait only makes it look once more.
                task.ContinueWith(_ => _pipelineSignal.Release(), CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            while (!task.IsCompleted)
            {
                _pipelineSignal.Wait(250);
                Drain();
                onTick?.Invoke();
            }

            Drain();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Run(Func<CancellationToken, Task> work, Action? onTick = null) =>
            Run<bool>(async token =>
            {
                await work(token).ConfigureAwait(false);
                return true;
            }, onTick);

        /// <summary>Writes what background work has posted. Call only from the pipeline thread.</summary>
        protected internal void Drain()
        {
            while (_pipelineWork.TryDequeue(out var action))
            {
                action();
            }
        }

        private bool? _debugWanted;

        /// <summary>Whether the debug stream is wanted (-Debug, or $DebugPreference): only then are bodies logged at all.</summary>
        private bool DebugWanted => _debugWanted ??= DebugSwitch || (GetVariableValue("DebugPreference") is ActionPreference preference &&
                                                     preference != ActionPreference.SilentlyContinue && preference != ActionPreference.Ignore);

        private bool DebugSwitch => MyInvocation.BoundParameters.TryGetValue("Debug", out var value) && value is SwitchParameter on && on.IsPresent;

        /// <summary>
        /// A debug line that never stops to ask. Windows PowerShell turns -Debug into Inquire, which prompts at every
        /// line (and fails in a host without a console); there the switch writes the line to the host's debug output
        /// instead. PowerShell 7 turns -Debug into Continue, and the line goes to the debug stream as usual.
        /// </summary>
        private void WriteDebugLine(string line)
        {
            if (DebugSwitch && IsWindowsPowerShell)
            {
                try
                {
                    Host.UI.WriteDebugLine(line);
                    return;
                }
                catch (NotImplementedException)
                {
                }
            }

            WriteDebug(line);
        }

        private static readonly bool IsWindowsPowerShell = typeof(PSObject).Assembly.GetName().Version.Major < 6;

        protected void WriteSunoError(SunoException error, object? target = null) =>
            WriteError(ErrorRecordFactory.From(error, target));

        protected void ThrowSunoError(SunoException error, object? target = null) =>
            ThrowTerminatingError(ErrorRecordFactory.From(error, target));

        /// <summary>
        /// Called by PowerShell when the pipeline ends for any reason, including a terminating error in a derived
        /// cmdlet or Ctrl+C: background work still running for this command is cancelled, never left behind.
        /// </summary>
        public void Dispose()
        {
            _stop.Cancel();
            OnDisposing();
            foreach (var owned in _owned) owned.Dispose();
            _stop.Dispose();
            GC.SuppressFinalize(this);
        }

        private readonly System.Collections.Generic.List<IDisposable> _owned = new System.Collections.Generic.List<IDisposable>();

        /// <summary>Something this command made for itself alone (a per-call client), released when it ends.</summary>
        private protected void DisposeAtEnd(IDisposable owned) => _owned.Add(owned);

        /// <summary>Releases what a derived cmdlet holds (a wait, say); runs after its work has been cancelled.</summary>
        protected virtual void OnDisposing()
        {
        }
    }
}
