using System.Management.Automation;
using SunoPS.Client;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Session;

namespace SunoPS.Infrastructure
{
    /// <summary>Base of the cmdlets that call the API: resolves this runspace's session and its client.</summary>
    public abstract class SunoApiCmdlet : SunoCmdlet
    {
        private SunoClient? _client;

        internal SunoSession Session { get; private set; } = null!;

        /// <summary>The session's client, resolved once per command so a pipeline uses one connection pool.</summary>
        protected SunoClient Client => _client ??= Session.GetClient();

        /// <summary>False for cmdlets that can do something useful without a key (-WhatIf, say).</summary>
        protected virtual bool RequiresKey => true;

        protected override void BeginProcessing()
        {
            // Resolved here, on the pipeline thread: the runspace is not known on thread-pool threads.
            Session = SessionStore.Current;
            _client = Session.GetClient();
            if (RequiresKey)
            {
                EnsureKey();
            }
        }

        /// <summary>What -TaskId $null stands for: one empty id, so it gets the same error as '' instead of nothing.</summary>
        protected static readonly string?[] NoTaskId = { null };

        /// <summary>The id without surrounding blanks, or null after a SunoInvalidRequest error for an empty one.</summary>
        protected string? NormalizeTaskId(string? raw)
        {
            var id = raw?.Trim();
            if (!string.IsNullOrEmpty(id)) return id;
            WriteError(ErrorRecordFactory.InvalidArgument("A task id is required; an empty one was given.", raw));
            return null;
        }

        /// <summary>Writes a task out, and remembers it for the session (later records of it are completed from it).</summary>
        internal void WriteTask(SunoTask task)
        {
            Session.Tasks.Remember(task);
            WriteObject(task);
        }

        /// <summary>Stops the command at once with SunoApiKeyMissing rather than failing once per input.</summary>
        protected void EnsureKey()
        {
            if (Session.KeySource == "None")
            {
                ThrowTerminatingError(ErrorRecordFactory.From(new SunoException(SunoErrorKind.ApiKeyMissing, "No Suno API key is set.")));
            }
        }
    }
}
