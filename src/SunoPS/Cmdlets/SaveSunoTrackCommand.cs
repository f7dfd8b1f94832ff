using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerShell.Commands;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;
using SunoPS.Downloads;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using NameTemplate = SunoPS.Client.Downloads.FileNameTemplate;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Saves what finished tasks of any family produced (or single tracks and outputs) as verified files: into a
    /// folder with safe, unique names, or to one file with -LiteralPath. Existing files are skipped unless -Force.
    /// Downloads run in parallel in the background while the pipeline thread writes progress and, in input order,
    /// one FileInfo per file. A failed file is a non-terminating SunoDownloadFailed error; the others go on. What the
    /// files are (MP3, WAV…) is the outputs' business: this cmdlet only routes them.
    /// </summary>
    [Cmdlet(VerbsData.Save, "SunoTrack", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveSunoTrackCommand : SunoOptionalWaitCmdlet, IDisposable
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string TaskIdPathSet = "TaskIdPath";
        private const string TaskIdLiteralPathSet = "TaskIdLiteralPath";

        /// <summary>How long a stopped or failed command waits for its downloads to delete their temporary files.</summary>
        private static readonly TimeSpan CleanupWait = TimeSpan.FromSeconds(10);

        private readonly Dictionary<string, string> _urlOfId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly OrderedOutput<OutputDownloadResult> _pending = new OrderedOutput<OutputDownloadResult>();
        private readonly List<Task> _running = new List<Task>();
        private readonly HashSet<string> _seenOutputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<SunoTaskReference, HashSet<string>> _outputsWanted = new Dictionary<SunoTaskReference, HashSet<string>>();
        private readonly SaveProgress _progress = new SaveProgress();
        private readonly SaveSummary _summary = new SaveSummary();
        private CancellationTokenSource? _work;
        private AdaptiveConcurrency? _slots;
        private OutputDownloader? _downloader;
        private OutputPathPlanner? _planner;
        private string? _literalTarget;
        private bool _literalUsed;
        private WaitPresenter? _waiter;

        /// <summary>Task objects (all their files are saved), single tracks ($task.Tracks[0]), outputs, or task ids.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PathSet)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = LiteralPathSet)]
        public object[] InputObject { get; set; } = new object[0];

        /// <summary>Ids of tasks whose files to save; their records are read first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TaskIdPathSet)]
        [Parameter(Mandatory = true, ParameterSetName = TaskIdLiteralPathSet)]
        [Alias("Id")]
        // An empty id is refused by NormalizeTaskId as SunoInvalidRequest, the same error as Get-SunoTask's, not a binding error.
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>The family of the ids given as -TaskId or as strings (default Music); task objects carry their own.</summary>
        [Parameter]
        public SunoTaskFamily Family { get; set; } = SunoTaskFamily.Music;

        /// <summary>The folder to save into (created if missing); the current location when not given.</summary>
        [Parameter(Position = 0, ParameterSetName = PathSet)]
        [Parameter(Position = 0, ParameterSetName = TaskIdPathSet)]
        public string? Path { get; set; }

        /// <summary>The file to save one output as, exactly as given (no wildcards, no template).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [Parameter(Mandatory = true, ParameterSetName = TaskIdLiteralPathSet)]
        [Alias("LP")]
        public string LiteralPath { get; set; } = "";

        /// <summary>
        /// The file name without extension, from tokens {Title}, {ShortId}, {Id}, {TaskId}, {Index}, {Model}, {Tags},
        /// {Kind}, {StemName}. Default '{Title} - {ShortId}'. The result is always made safe and stays in the folder.
        /// </summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = TaskIdPathSet)]
        [ArgumentCompleter(typeof(FileNameTokenCompleter))]
        public string? FileNameTemplate { get; set; }

        /// <summary>Replace existing files (atomically) instead of skipping them.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Save MP3s as the host sent them, without ID3 tags.</summary>
        [Parameter]
        public SwitchParameter NoTag { get; set; }

        /// <summary>Also save each song's cover image beside it, as &lt;name&gt;.jpg.</summary>
        [Parameter]
        public SwitchParameter IncludeCover { get; set; }

        /// <summary>Also save the task's record, as the API sent it, beside each file as &lt;name&gt;.json.</summary>
        [Parameter]
        public SwitchParameter IncludeMetadata { get; set; }

        /// <summary>Also save each song's timestamped lyrics beside it as an .lrc file (instrumentals have none).</summary>
        [Parameter]
        public SwitchParameter IncludeLyrics { get; set; }

        /// <summary>
        /// The most files that download at once. Without it the number adapts to the host: it starts at 4 and grows
        /// while throughput grows, up to 32; either way it backs off when the host answers 429 or 503.
        /// </summary>
        [Parameter]
        [ValidateRange(1, AdaptiveConcurrency.DefaultCeiling)]
        public int ThrottleLimit { get; set; } = AdaptiveConcurrency.DefaultCeiling;

        /// <summary>Files of finished tasks download without the API; a key is needed only to read or wait for tasks.</summary>
        protected override bool RequiresKey => false;

        private bool UsesLiteralPath => ParameterSetName == LiteralPathSet || ParameterSetName == TaskIdLiteralPathSet;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Wait || ParameterSetName == TaskIdPathSet || ParameterSetName == TaskIdLiteralPathSet) EnsureKey();

            _work = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
            _slots = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit))
                ? AdaptiveConcurrency.Capped(ThrottleLimit)
                : AdaptiveConcurrency.Adaptive();
            // -TimeoutSec bounds each file as well as each wait: a host that trickles cannot hold a runbook for ever.
            _downloader = Client.CreateDownloader(new OutputDownloadOptions { FileTimeout = TimeSpan.FromSeconds(TimeoutSec) });
            if (UsesLiteralPath)
            {
                _literalTarget = ResolveFileSystemPath(LiteralPath, "LiteralPath");
                if (Directory.Exists(_literalTarget))
                {
                    ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                        "-LiteralPath '" + LiteralPath + "' is a folder; -LiteralPath names the file to write. Use -Path for a folder.", LiteralPath));
                }
            }
            else
            {
                NameTemplate template;
                try
                {
                    template = NameTemplate.Parse(FileNameTemplate);
                }
                catch (SunoException e)
                {
                    ThrowSunoError(e, FileNameTemplate);
                    return;
                }

                var folder = ResolveFileSystemPath(ExpandWildcards(string.IsNullOrEmpty(Path) ? "." : Path!), "Path");
                if (File.Exists(folder))
                {
                    ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                        "-Path '" + Path + "' is a file; -Path names the folder to save into. Use -LiteralPath to name the file.", Path));
                }

                _planner = new OutputPathPlanner(folder, template);
            }

            if (Wait)
            {
                _waiter = new WaitPresenter(this, Client, CreateWaitSettings(), onReached: AcceptTask, onFailed: AcceptTask,
                    timeoutConsequence: "Its files were not saved. ");
            }
        }

        protected override void ProcessRecord()
        {
            try
            {
                if (ParameterSetName == TaskIdPathSet || ParameterSetName == TaskIdLiteralPathSet)
                {
                    foreach (var id in TaskId ?? NoTaskId) AcceptTaskId(id, Family);
                }
                else
                {
                    foreach (var item in InputObject ?? new object[0]) Accept(item);
                }

                WriteFinished(waitForAll: false);
            }
            catch
            {
                AbandonDownloads();
                throw;
            }
        }

        protected override void EndProcessing()
        {
            try
            {
                _waiter?.Finish(() => WriteFinished(waitForAll: false));
                WriteFinished(waitForAll: true);
                _progress.Write(this, force: true); // the final counts, however recent the last bar was
                _progress.Complete(this);
                _summary.Write(this);
                if (_slots != null && _slots.PeakLimit > 0)
                {
                    WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Downloads ran up to {0} at once ({1}).", _slots.PeakLimit,
                        _slots.Ceiling == AdaptiveConcurrency.DefaultCeiling && !MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit))
                            ? "grown with the file host's throughput, at most " + AdaptiveConcurrency.DefaultCeiling
                            : "-ThrottleLimit " + ThrottleLimit));
                }
            }
            catch
            {
                AbandonDownloads();
                throw;
            }
        }

        protected override void StopProcessing()
        {
            base.StopProcessing();
            // Stop() returns once this does: let the cancelled downloads delete their temporary files first,
            // so a stopped pipeline never leaves a partial file behind.
            WaitForRunning();
        }

        /// <summary>Called by PowerShell when the pipeline ends for any reason: no download outlives the command.</summary>
        public new void Dispose()
        {
            AbandonDownloads();
            _waiter?.Dispose();
            // _slots and _work are left to the collector: a download that outlived the cleanup wait may still touch them.
            base.Dispose();
        }

        private void Accept(object? item)
        {
            var value = item is PSObject ps ? ps.BaseObject : item;
            switch (value)
            {
                case null:
                    return;
                case SunoTask task:
                    AcceptTask(task);
                    return;
                case SunoTrack track:
                    AcceptOutput(track.ToOutput(), Session.Tasks.Find(new SunoTaskReference(track.TaskId)));
                    return;
                case SunoTaskOutput output:
                    AcceptOutput(output, Session.Tasks.Find(new SunoTaskReference(output.TaskId, output.Family)));
                    return;
                case string id:
                    AcceptTaskId(id, Family);
                    return;
            }

            // A CSV row or custom object that names a task (and maybe its family); a file Save-SunoTrack wrote names its
            // task as SunoTaskId and SunoFamily.
            var row = item is PSObject wrapper ? wrapper : PSObject.AsPSObject(value);
            var idProperty = row.Properties["TaskId"] ?? row.Properties["SunoTaskId"];
            if (idProperty?.Value is object idValue && !string.IsNullOrWhiteSpace(idValue.ToString()))
            {
                var familyValue = (row.Properties["Family"] ?? row.Properties["SunoFamily"])?.Value?.ToString();
                if (string.IsNullOrWhiteSpace(familyValue))
                {
                    AcceptTaskId(idValue.ToString()!, Family);
                }
                else if (Enum.TryParse<SunoTaskFamily>(familyValue!.Trim(), true, out var family) && Enum.IsDefined(typeof(SunoTaskFamily), family))
                {
                    AcceptTaskId(idValue.ToString()!, family);
                }
                else
                {
                    WriteError(ErrorRecordFactory.InvalidArgument("'" + familyValue + "' is not a task family; use one of " +
                        string.Join(", ", Enum.GetNames(typeof(SunoTaskFamily))) + ".", item));
                }

                return;
            }

            WriteError(ErrorRecordFactory.InvalidArgument(
                "Save-SunoTrack takes tasks (New-SunoMusic, Get-SunoTask, Wait-SunoTask), tracks ($task.Tracks[0]), outputs ($task.Outputs) or task ids, not " +
                value.GetType().FullName + ".", item));
        }

        private void AcceptTaskId(string? raw, SunoTaskFamily family)
        {
            var id = NormalizeTaskId(raw);
            if (id == null) return;
            var reference = new SunoTaskReference(id, family);

            if (_waiter != null)
            {
                EnsureKey();
                _waiter.Add(reference);
                return;
            }

            SunoTask task;
            try
            {
                EnsureKey();
                task = Run(token => Client.GetTaskAsync(reference, token), () => _progress.Write(this));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, id);
                return;
            }
            catch (SunoException e)
            {
                WriteSunoError(e, id);
                return;
            }

            AcceptTask(task);
        }

        private void AcceptTask(SunoTask task)
        {
            Session.Tasks.Remember(task);
            var primary = task.Outputs.Where(o => o.IsPrimary).ToList();
            if (task.IsFailed)
            {
                var saveable = primary.Count(o => o.IsAvailable);
                if (saveable == 0)
                {
                    WriteSunoError(TaskErrors.Failed(task, "It has no files to save."), task.TaskId);
                    return;
                }

                // CALLBACK_EXCEPTION, say: the generation worked and only the callback failed. The files are there; keep them.
                WriteWarning(TaskErrors.Failed(task).Message + " Its " + saveable.ToString(CultureInfo.InvariantCulture) +
                    " downloadable file(s) are saved anyway.");
                SaveOutputsOf(task, primary.Where(o => o.IsAvailable));
                return;
            }

            if (!task.IsCompleted || primary.Count == 0 || primary.Any(o => !o.IsAvailable))
            {
                if (_waiter != null)
                {
                    EnsureKey();
                    _waiter.Add(task.Reference, task);
                    return;
                }

                WriteSunoError(TaskErrors.NotComplete(task.Reference, task.Status), task.TaskId);
                return;
            }

            SaveOutputsOf(task, primary);
        }

        private void SaveOutputsOf(SunoTask task, IEnumerable<SunoTaskOutput> outputs)
        {
            _outputsWanted.TryGetValue(task.Reference, out var wanted);
            foreach (var output in outputs)
            {
                if (wanted == null || wanted.Contains(output.Id)) AcceptOutput(output, task);
            }
        }

        private void AcceptOutput(SunoTaskOutput output, SunoTask? task)
        {
            var reference = new SunoTaskReference(output.TaskId, output.Family);
            if (!output.IsAvailable)
            {
                if (_waiter != null && !string.IsNullOrEmpty(output.TaskId))
                {
                    // Wait for its task, then save only this output of it.
                    if (!_outputsWanted.TryGetValue(reference, out var wanted))
                    {
                        _outputsWanted[reference] = wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    }

                    wanted.Add(output.Id);
                    EnsureKey();
                    _waiter.Add(reference);
                    return;
                }

                WriteSunoError(TaskErrors.NotComplete(reference, null, output.Id), output.TaskId);
                return;
            }

            // Outputs are told apart by their URL: an empty or repeated id must not make two files one.
            var idKey = string.Join("|", output.Family, output.TaskId, output.Kind, output.Id, output.StemName);
            // Only a track's id names one file; the pictures of a cover-art task share their task's id by design.
            var idNamesOneFile = output.Kind == SunoOutputKind.Audio || output.Kind == SunoOutputKind.Stream;
            if (idNamesOneFile && !string.IsNullOrEmpty(output.Url) && _urlOfId.TryGetValue(idKey, out var firstUrl) &&
                !string.Equals(firstUrl, output.Url, StringComparison.Ordinal))
            {
                WriteWarning(string.IsNullOrEmpty(output.Id)
                    ? "Task " + output.TaskId + " has several " + output.Kind + " outputs without an id; each is saved under a name of its own."
                    : "Task " + output.TaskId + " has several " + output.Kind + " outputs with the id " + output.Id +
                      " but different URLs; each is saved under a name of its own.");
            }
            else if (idNamesOneFile && !string.IsNullOrEmpty(output.Url))
            {
                _urlOfId[idKey] = output.Url!;
            }

            var key = string.IsNullOrEmpty(output.Url)
                ? string.Join("|", output.Family, output.TaskId, output.Kind, output.Id, output.Index, output.StemName)
                : string.Join("|", output.Family, output.TaskId, output.Kind, output.StemName, output.Url);
            if (!_seenOutputs.Add(key))
            {
                WriteVerbose(output.Kind + " " + output.Id + " was given more than once; it is saved once.");
                return;
            }

            string target;
            if (_literalTarget != null)
            {
                if (_literalUsed)
                {
                    WriteError(ErrorRecordFactory.InvalidArgument(
                        "-LiteralPath names one file, but more than one was given; " + output.Kind + " " + output.Id +
                        " is not saved. Use -Path with a folder to save several.", output));
                    return;
                }

                _literalUsed = true;
                target = _literalTarget;
            }
            else
            {
                target = _planner!.PathFor(output, task);
            }

            if (!Force && File.Exists(target))
            {
                // -LiteralPath names the one file wanted: it is kept whatever it holds. A planned name already taken by
                // another track's file moves to "<name> (2)"; one that holds this very output is skipped.
                var alreadySaved = true;
                if (!UsesLiteralPath) target = ExistingFile.Place(target, output, out alreadySaved);
                if (alreadySaved)
                {
                    WriteVerbose("Skipping " + output.Kind + " " + output.Id + ": " + target + " exists (use -Force to replace it).");
                    _pending.Enqueue(Task.FromResult(OutputDownloadResult.Skipped(output, target)), target);
                    return;
                }
            }

            if (Directory.Exists(target))
            {
                WriteSunoError(new SunoException(SunoErrorKind.DownloadFailed,
                    "Cannot save " + output.Kind + " " + output.Id + " as " + target + ": a folder of that name is there.") { Target = target }, output);
                return;
            }

            var title = output.Title ?? task?.Title;
            var action = string.Format(CultureInfo.InvariantCulture, "Save Suno {0} {1}{2}",
                output.Kind == SunoOutputKind.Audio ? "track" : output.Kind.ToString(), output.Id,
                string.IsNullOrEmpty(title) ? "" : " ('" + title + "')");
            if (!ShouldProcess(target, action)) return;

            var request = new OutputDownloadRequest(output, target)
            {
                Task = task,
                Overwrite = Force,
                Tag = !NoTag,
                SaveCover = IncludeCover,
                SaveMetadata = IncludeMetadata,
                SaveLyrics = IncludeLyrics,
            };
            _pending.Enqueue(StartDownload(request), output.Url);
        }

        private Task<OutputDownloadResult> StartDownload(OutputDownloadRequest request)
        {
            var downloader = _downloader!;
            var slots = _slots!;
            var progress = _progress;
            var token = _work!.Token;
            progress.FileQueued();
            var download = Start(async _ =>
            {
                var slot = await slots.EnterAsync(token).ConfigureAwait(false);
                try
                {
                    request.Slot = slot;
                    var result = await downloader.DownloadAsync(request, progress.Report, token).ConfigureAwait(false);
                    if (result.Status == DownloadStatus.Downloaded) slot.Completed(result.Bytes);
                    return result;
                }
                finally
                {
                    slot.Dispose();
                    progress.FileFinished();
                    WakePipeline();
                }
            });
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(download);
            }

            return download;
        }

        /// <summary>Lets the pipeline thread write a finished file now rather than at its next progress tick.</summary>
        private void WakePipeline()
        {
            try
            {
                Post(() => { });
            }
            catch (ObjectDisposedException)
            {
                // The command has ended; nobody is waiting.
            }
        }

        /// <summary>Writes finished downloads in input order; with <paramref name="waitForAll"/> waits for the rest.</summary>
        private void WriteFinished(bool waitForAll)
        {
            _pending.WriteFinished(this, waitForAll, WriteResult, onTick: () => _progress.Write(this));
            _progress.Write(this);
        }

        private void WriteResult(OutputDownloadResult result)
        {
            foreach (var warning in result.Warnings) WriteWarning(warning);
            WriteVerbose(result.Status == DownloadStatus.Downloaded
                ? string.Format(CultureInfo.InvariantCulture, "Saved {0} {1} as {2} ({3} bytes{4}).", result.Output.Kind, result.Output.Id, result.Path,
                    result.Bytes, result.Attempts > 1 ? ", " + result.Attempts + " attempts" : "")
                : "Skipped " + result.Output.Kind + " " + result.Output.Id + ": " + result.Path + " exists.");
            _summary.Add(result);
            WriteObject(SavedFile.From(result, InvokeProvider));
        }

        /// <summary>
        /// -Path takes wildcards, as PowerShell paths do, when they match exactly one existing folder. A name with
        /// brackets that matches nothing is taken as it is ("Songs [2026]" is a fine new folder); a * or ? that
        /// matches nothing is an error rather than a folder literally named so.
        /// </summary>
        private string ExpandWildcards(string path)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(path)) return path;
            List<string> matches;
            try
            {
                matches = SessionState.Path.GetResolvedPSPathFromPSPath(path).Select(p => p.Path).ToList();
            }
            catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException)
            {
                matches = new List<string>();
            }

            if (matches.Count == 1) return matches[0];
            if (matches.Count > 1)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-Path '" + path + "' matches " +
                    matches.Count.ToString(CultureInfo.InvariantCulture) + " items; it must name one folder.", path));
            }

            if (path.IndexOfAny(new[] { '*', '?' }) >= 0)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-Path '" + path +
                    "' has wildcards that match no folder. Name an existing folder, or a new one without * or ?.", path));
            }

            return path;
        }

        /// <summary>A file-system path from a PowerShell path (relative to the current location, PSDrives allowed).</summary>
        private string ResolveFileSystemPath(string path, string parameter)
        {
            string resolved;
            ProviderInfo provider;
            try
            {
                resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            }
            catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is NotSupportedException)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-" + parameter + " '" + path + "' cannot be used: " + e.Message, path));
                throw;
            }

            if (provider.ImplementingType != typeof(FileSystemProvider))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    "-" + parameter + " '" + path + "' is on the " + provider.Name + " provider; tracks can only be saved to the file system.", path));
            }

            return System.IO.Path.GetFullPath(resolved);
        }

        /// <summary>Cancels what is still running and waits (briefly) until each download has cleaned up.</summary>
        private void AbandonDownloads()
        {
            try
            {
                _work?.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }

            WaitForRunning();
        }

        private void WaitForRunning()
        {
            Task[] running;
            lock (_running) running = _running.Where(t => !t.IsCompleted).ToArray();
            if (_waiter != null && !_waiter.Running.IsCompleted) running = running.Concat(new[] { _waiter.Running }).ToArray();
            if (running.Length == 0) return;
            try
            {
                Task.WaitAll(running, CleanupWait);
            }
            catch (AggregateException)
            {
                // Their failures are reported (or no longer wanted); only their cleanup mattered here.
            }
        }
    }
}
