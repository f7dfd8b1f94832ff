using System;
using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Client.Journal;
using SunoPS.Client.Requests;
using SunoPS.Client.Uploads;
using SunoPS.Errors;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that submits a paid task: the documented rules are checked before anything is sent (a
    /// mistake costs nothing), -WhatIf/-Confirm say what would be spent, -CallbackUri is the API's callBackUrl (a
    /// placeholder when not given), and -Wait returns the finished task instead of the pending one. Derived cmdlets
    /// only build their request.
    /// </summary>
    public abstract class SunoSubmitCmdlet : SunoOptionalWaitCmdlet
    {
        private WaitPresenter? _waiter;

        /// <summary>Tasks this command had accepted and not yet handed on finished: what a stop leaves running on the server.</summary>
        private readonly System.Collections.Generic.List<string> _running = new System.Collections.Generic.List<string>();

        /// <summary>
        /// A key of your choosing for this submission. The same key with the same request returns the task submitted
        /// earlier (from the task journal) instead of paying again; with a different request it is an error.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? IdempotencyKey { get; set; }

        /// <summary>
        /// Where the API posts progress. The API requires one; without it a harmless placeholder
        /// (https://example.com/callback) is sent and the module polls instead.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleUri]
        [Alias("CallBackUrl")]
        public Uri? CallbackUri { get; set; }

        /// <summary>-WhatIf works without a key; the key is checked just before sending.</summary>
        protected override bool RequiresKey => false;

        /// <summary>The callback as the request carries it: a relative Uri (text that is no URL) goes on to validation, which refuses it.</summary>
        protected string? CallbackUrl =>
            CallbackUri == null ? null : CallbackUri.IsAbsoluteUri ? CallbackUri.AbsoluteUri : CallbackUri.OriginalString;

        /// <param name="submission">The request, not yet checked.</param>
        /// <param name="target">What ShouldProcess names (the prompt, the track).</param>
        /// <param name="spending">What is spent, as -WhatIf says it ("Generate music: 1 task of 2 tracks…").</param>
        /// <param name="errorTarget">The TargetObject of errors about this submission.</param>
        /// <param name="uploads">Local files (-AudioPath) to put on the upload host first, after -WhatIf/-Confirm; the
        /// request carries their placeholders until then.</param>
        private protected void Submit(SunoSubmission submission, string target, string spending, object? errorTarget,
            params LocalAudio[] uploads)
        {
            if (SwitchCellProblems.Take() is string badSwitch)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(badSwitch, errorTarget));
                return;
            }

            var problems = submission.Validate();
            if (problems.Count > 0)
            {
                WriteError(ErrorRecordFactory.Problems(problems, errorTarget, ParameterNames));
                return;
            }

            if (uploads.Length > 0)
            {
                spending += uploads.Length == 1 ? ", after uploading " + uploads[0].Path : ", after uploading " + string.Join(" and ", System.Linq.Enumerable.Select(uploads, u => u.Path));
            }

            if (!ShouldProcess(target, spending)) return;

            EnsureKey();
            try
            {
                SubmitChecked(submission, errorTarget, uploads);
            }
            catch (PipelineStoppedException)
            {
                WarnStopped();
                throw;
            }
        }

        private void SubmitChecked(SunoSubmission submission, object? errorTarget, LocalAudio[] uploads)
        {
            var key = string.IsNullOrWhiteSpace(IdempotencyKey) ? null : IdempotencyKey!.Trim();
            if (key != null && Client.Options.JournalPath == null)
            {
                WriteError(ErrorRecordFactory.InvalidArgument("-IdempotencyKey needs the task journal, which is off ($env:" +
                                                              SunoPS.Session.SunoSession.JournalVariable + " = 'off'). Nothing was sent.", key));
                return;
            }

            // Taken before uploads replace their placeholders, so a repeat of the same command has the same fingerprint.
            var fingerprint = RequestFingerprint.Of(submission);
            SunoSubmitResult? result = null;
            SunoException? refused = null;
            try
            {
                // A key seen before needs no upload: the earlier task is the answer (checked again under the lock below).
                if (key != null) result = Run(token => Client.FindSubmittedAsync(key, fingerprint, token));
                if (result == null)
                {
                    foreach (var upload in uploads)
                    {
                        // An upload costs nothing; if one fails, nothing is submitted.
                        upload.Apply(UploadFile(new SunoUploadRequest { Path = upload.Path }).DownloadUrl);
                    }

                    var options = new SunoSubmitOptions { IdempotencyKey = key, Fingerprint = fingerprint, Paced = wait => Post(() => ShowPaced(wait)) };
                    try
                    {
                        result = Run(token => Client.SubmitAsync(submission, options, token));
                    }
                    finally
                    {
                        EndPaced();
                    }

                    _credits = submission.DocumentedCredits;
                }
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, errorTarget);
                return;
            }
            catch (SunoException e)
            {
                refused = e;
            }

            SunoTask? task;
            if (refused != null)
            {
                // A refusal that names what the API already has may be answered with that (cover art: its one task).
                task = refused.Kind == SunoErrorKind.AlreadyExists ? ExistingTask(refused) : null;
                if (task == null)
                {
                    WriteSunoError(refused, errorTarget);
                    return;
                }
            }
            else
            {
                task = result!.Task;
                Accepted(result, key);
            }

            Session.Tasks.Remember(task);
            if (Wait)
            {
                // Waiting starts at once, so early submissions finish while later rows are still being sent.
                _waiter ??= new WaitPresenter(this, Client, CreateWaitSettings(), onReached: Finished,
                    onFailed: failed =>
                    {
                        lock (_running) _running.Remove(failed.TaskId);
                        WriteError(ErrorRecordFactory.From(TaskErrors.Failed(failed), failed.TaskId));
                    });
                _waiter.Add(task.Reference, task);
            }
            else
            {
                Finished(task);
            }
        }

        /// <summary>Says what the API accepted (or what a key found), and remembers it as running until it is handed on.</summary>
        private void Accepted(SunoSubmitResult result, string? key)
        {
            var task = result.Task;
            lock (_running) _running.Add(task.TaskId);
            if (result.AlreadySubmitted)
            {
                WriteVerbose("Task " + task.TaskId + " was already submitted with idempotency key '" + key + "': returning it, nothing was sent or spent.");
                return;
            }

            WriteVerbose("Submitted task " + task.TaskId + ".");
            WriteInformation(new InformationRecord(new SunoSubmittedTask(task.TaskId, task.Family, _credits), MyInvocation.MyCommand.Name),
                InformationTags);
            if (result.JournalFailure != null)
            {
                WriteWarning("Task " + task.TaskId + " (" + task.Family + ") was accepted, but the task journal (" + Client.Options.JournalPath +
                             ") could not record it: " + result.JournalFailure + " Note its id; Get-SunoTask -Recent will not find it.");
            }
        }

        private static readonly string[] InformationTags = { "SunoPS", "Submitted" };

        private const int PacedActivityId = 0x5AC;
        private const string PacedActivity = "Pacing Suno submissions";
        private bool _pacedShown;
        private bool _pacedSaid;

        /// <summary>A batch waiting for its turn under the API's limit says so, rather than looking stuck.</summary>
        private void ShowPaced(TimeSpan? wait)
        {
            var status = "The API takes 20 submissions per 10 s; this one waits " +
                         (wait is TimeSpan w ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0.0} s for its turn", w.TotalSeconds)
                             : "for an earlier one's answer");
            if (!_pacedSaid)
            {
                WriteVerbose(status + " (paced, so that none is rejected).");
                _pacedSaid = true;
            }

            var record = new ProgressRecord(PacedActivityId, PacedActivity, status);
            if (wait is TimeSpan seconds) record.SecondsRemaining = (int)Math.Ceiling(seconds.TotalSeconds);
            WriteProgress(record);
            _pacedShown = true;
        }

        private void EndPaced()
        {
            Drain(); // a notice posted at the last moment is written before it is closed
            if (!_pacedShown) return;
            WriteProgress(new ProgressRecord(PacedActivityId, PacedActivity, "Submitted") { RecordType = ProgressRecordType.Completed });
            _pacedShown = false;
        }

        // The documented cost of the submission just accepted, for its information record.
        private int? _credits;

        private void WriteInformation(InformationRecord record, string[] tags)
        {
            foreach (var tag in tags) record.Tags.Add(tag);
            WriteInformation(record);
        }

        private void Finished(SunoTask task)
        {
            lock (_running) _running.Remove(task.TaskId);
            WriteTask(task);
        }

        /// <summary>
        /// After Ctrl+C no record can be written to the pipeline, so the tasks the API accepted and the user has not
        /// received are named on the host: they keep running (and are paid for), and the journal has them.
        /// </summary>
        private void WarnStopped()
        {
            // With -Wait every accepted task is in the wait, whose own warning names them with the resume command.
            if (_waiter != null) return;
            string[] running;
            lock (_running) running = _running.ToArray();
            if (running.Length == 0) return;
            try
            {
                Host?.UI?.WriteWarningLine("Stopped. The Suno API accepted " + (running.Length == 1 ? "task " : "tasks ") + string.Join(", ", running) +
                                           ", which keep running on the server; the task journal has them. Resume with: " +
                                           "Get-SunoTask -Recent | Wait-SunoTask");
            }
            catch (Exception e) when (e is PipelineStoppedException || e is InvalidOperationException || e is NotImplementedException ||
                                      e is System.IO.IOException)
            {
                // A host that cannot show it now: the journal still has the tasks.
            }
        }

        /// <summary>
        /// Writes the request's problems and returns true when it is already wrong before its source is read (a
        /// refusal sends nothing, not even that read). Fields the source will supply are not judged yet.
        /// </summary>
        private protected bool RefusedBeforeReadingSource(SunoSubmission submission, object? errorTarget, params string[] suppliedBySource)
        {
            var problems = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(submission.Validate(),
                p => System.Array.IndexOf(suppliedBySource, p.Field) < 0));
            if (problems.Count == 0) return false;
            WriteError(ErrorRecordFactory.Problems(problems, errorTarget, ParameterNames));
            return true;
        }

        /// <summary>
        /// This cmdlet's names for API fields that differ from the field's own name (replace-section's prompt is
        /// -Lyrics, an upload's URL is -AudioPath when a file was given). Errors name these parameters.
        /// </summary>
        protected virtual System.Collections.Generic.IReadOnlyDictionary<string, string>? ParameterNames => null;

        /// <summary>
        /// The audio of -AudioPath or -UploadUri as the request carries it: the URL given, or the placeholder of the
        /// local file (with <paramref name="local"/> set, to upload before sending). False after an error (no such file).
        /// </summary>
        private protected bool TakeAudio(string? audioPath, System.Uri? uploadUri, System.Action<string> apply, out LocalAudio? local, out double? duration)
        {
            local = null;
            duration = null;
            if (audioPath != null)
            {
                local = LocalAudio.Resolve(this, audioPath, apply, out var error);
                if (local == null)
                {
                    WriteError(error!);
                    return false;
                }

                duration = local.Duration;
                apply(local.PlaceholderUrl);
            }
            else if (uploadUri != null)
            {
                apply(uploadUri.IsAbsoluteUri ? uploadUri.AbsoluteUri : uploadUri.OriginalString);
            }

            return true;
        }

        /// <summary>
        /// The task to return instead of an AlreadyExists error, when the API named the one it already has and returning
        /// it is what the user asked for; null (the default) reports the error.
        /// </summary>
        protected virtual SunoTask? ExistingTask(SunoException alreadyExists) => null;

        protected override void EndProcessing()
        {
            SwitchCellProblems.Take(); // a row refused before its submission leaves nothing for the next command
            try
            {
                _waiter?.Finish();
            }
            catch (PipelineStoppedException)
            {
                WarnStopped();
                throw;
            }
        }

        protected override void OnDisposing() => _waiter?.Dispose();
    }
}
