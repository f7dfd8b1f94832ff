using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace SunoPS.Tests.Support
{
    /// <summary>What one script run produced: its output, every stream, and the terminating error if there was one.</summary>
    public sealed class ScriptRun
    {
        public ScriptRun(IReadOnlyList<PSObject> output, PSDataStreams streams, Exception? terminating)
        {
            Output = output;
            Errors = streams.Error.ToList();
            Verbose = streams.Verbose.ToList();
            Debug = streams.Debug.ToList();
            Warning = streams.Warning.ToList();
            Information = streams.Information.ToList();
            Progress = streams.Progress.ToList();
            Terminating = terminating;
        }

        public IReadOnlyList<PSObject> Output { get; }
        public IReadOnlyList<ErrorRecord> Errors { get; }
        public IReadOnlyList<VerboseRecord> Verbose { get; }
        public IReadOnlyList<DebugRecord> Debug { get; }
        public IReadOnlyList<WarningRecord> Warning { get; }
        public IReadOnlyList<InformationRecord> Information { get; }
        public IReadOnlyList<ProgressRecord> Progress { get; }

        /// <summary>The error that stopped the script (a terminating error, or -ErrorAction Stop).</summary>
        public Exception? Terminating { get; }

        /// <summary>The terminating error as an ErrorRecord, or null.</summary>
        public ErrorRecord? TerminatingRecord => (Terminating as IContainsErrorRecord)?.ErrorRecord;

        /// <summary>
        /// Every error of the run. A terminating error of a cmdlet ends only its statement (and lands in the error
        /// stream) unless the script itself stops, as with -ErrorAction Stop.
        /// </summary>
        public IReadOnlyList<ErrorRecord> AllErrors =>
            TerminatingRecord == null ? Errors : Errors.Concat(new[] { TerminatingRecord }).ToList();

        public IEnumerable<T> OutputOf<T>() => Output.Select(o => o.BaseObject).OfType<T>();

        /// <summary>Fails the test with what went wrong when the run wrote an error or stopped.</summary>
        public ScriptRun AssertClean()
        {
            if (Terminating != null) throw new Xunit.Sdk.XunitException("The script stopped: " + Terminating);
            if (Errors.Count > 0)
                throw new Xunit.Sdk.XunitException("The script wrote errors: " + string.Join("; ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
            return this;
        }
    }
}
