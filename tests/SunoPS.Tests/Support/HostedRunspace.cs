using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SunoPS.Cmdlets;

namespace SunoPS.Tests.Support
{
    /// <summary>
    /// A real runspace with the SunoPS cmdlets imported from the assembly under test (as Import-Module of the
    /// DLL does), so binding, ShouldProcess and the streams behave as in a user's session.
    /// </summary>
    public sealed class HostedRunspace : IDisposable
    {
        public static readonly string ModuleAssemblyPath = typeof(GetSunoTaskCommand).Assembly.Location;

        /// <summary>The process's task journal: a temporary file, so tests never write to the user's own.</summary>
        public static readonly string JournalPath = System.IO.Path.Combine(System.IO.Path.GetTempPath(),
            "SunoPS-xunit-" + System.Diagnostics.Process.GetCurrentProcess().Id, "tasks.jsonl");

        static HostedRunspace() => Environment.SetEnvironmentVariable("SUNO_JOURNAL_PATH", JournalPath);

        private HostedRunspace(Runspace runspace) => Runspace = runspace;

        public Runspace Runspace { get; }

        public static HostedRunspace Open()
        {
            var state = InitialSessionState.CreateDefault2();
            state.ThrowOnRunspaceOpenError = true;
            state.ImportPSModule(new[] { ModuleAssemblyPath });
            var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            return new HostedRunspace(runspace);
        }

        /// <summary>A PowerShell on this runspace with <paramref name="script"/> added; variables are set first.</summary>
        public PowerShell Prepare(string script, IDictionary<string, object?>? variables = null)
        {
            if (variables != null)
            {
                foreach (var variable in variables)
                {
                    Runspace.SessionStateProxy.SetVariable(variable.Key, variable.Value);
                }
            }

            var shell = PowerShell.Create();
            shell.Runspace = Runspace;
            shell.AddScript(script);
            return shell;
        }

        /// <summary>Runs <paramref name="script"/> to the end and returns its output and streams.</summary>
        public ScriptRun Run(string script, IDictionary<string, object?>? variables = null)
        {
            using var shell = Prepare(script, variables);
            Exception? terminating = null;
            var output = new List<PSObject>();
            try
            {
                output.AddRange(shell.Invoke());
            }
            catch (RuntimeException e)
            {
                terminating = e;
            }

            return new ScriptRun(output, shell.Streams, terminating);
        }

        public void Dispose() => Runspace.Dispose();
    }
}
