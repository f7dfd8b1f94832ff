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
using SunoPS.Client.Polling;
using SunoPS.Downloads;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using NameTemplate = SunoPS.Client.Downloads.FileNameTemplate;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Saves the tracks of finished tasks (or single tracks) as verified, tagged MP3s: into a folder with safe,
    /// unique names, or to one file with -LiteralPath. Existing files are skipped unless -Force. Downloads run in
    /// parallel in the background while the pipeline thread writes progress and, in input order, one FileInfo
    /// per file. A failed track is a non-terminating SunoDownloadFailed error; the others go on.
    /// </summary>
    [Cmdlet(VerbsData.Save, "SunoTrack", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveSunoTrackCommand : SunoApiCmdlet, IDisposable
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string TaskIdPathSet = "TaskIdPath";
        private const string TaskIdLiteralPathSet = "TaskIdLiteralPath";

        /// <summary>How long a stopped or failed command waits for its downloads to delete their temporary files.</summary>
        private static readonly TimeSpan CleanupWait = TimeSpan.FromSeconds(10);

        private readonly Queue<Pending> _pending = new Queue<Pending>();
        private readonly List<Task> _running = new List<Task>();
        private readonly HashSet<string> _seenTracks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, HashSet<string>> _tracksWanted = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private readonly SaveProgress _progress = new SaveProgress();
        private CancellationTokenSource? _work;
        private SemaphoreSlim? _slots;
        private TrackDownloader? _downloader;
        private TrackPathPlanner? _planner;
        private string? _literalTarget;
        private bool _literalUsed;
        private TaskWaiter? _waiter;
        private Task<bool>? _waitRun;

        /// <summary>Task objects (all their tracks are saved), single tracks ($task.Tracks[0]) or task ids.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PathSet)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = LiteralPathSet)]
        public object[] InputObject { get; set; } = new object[0];

        /// <summary>Ids of tasks whose tracks to save; their records are read first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TaskIdPathSet)]
        [Parameter(Mandatory = true, ParameterSetName = TaskIdLiteralPathSet)]
        [Alias("Id")]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>The folder to save into (created if missing); the current location when not given.</summary>
        [Parameter(Position = 0, ParameterSetName = PathSet)]
        [Parameter(Position = 0, ParameterSetName = TaskIdPathSet)]
        public string? Path { get; set; }

        /// <summary>The file to save one track as, exactly as given (no wildcards, no template).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [Parameter(Mandatory = true, ParameterSetName = TaskIdLiteralPathSet)]
        [Alias("LP")]
        public string LiteralPath { get; set; } = "";

        /// <summary>
        /// The file name without extension, from tokens {Title}, {ShortId}, {Id}, {TaskId}, {Index}, {Model}, {Tags}.
        /// Default '{Title} - {ShortId}'. The result is always made safe and stays in the folder.
        /// </summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = TaskIdPathSet)]
        public string? FileNameTemplate { get; set; }

        /// <summary>Replace existing files (atomically) instead of skipping them.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Save the MP3 as the host sent it, without ID3 tags.</summary>
        [Parameter]
        public SwitchParameter NoTag { get; set; }

        /// <summary>Also save the cover image beside each track, as &lt;name&gt;.jpg.</summary>
        [Parameter]
        public SwitchParameter IncludeCover { get; set; }

        /// <summary>Also save the full task record beside each track, as &lt;name&gt;.json.</summary>
        [Parameter]
        public SwitchParameter IncludeMetadata { get; set; }

        /// <summary>How many files download at once.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 4;

        /// <summary>Wait for unfinished tasks to complete, then save their tracks, instead of reporting them as not complete.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: how long to wait for each task, in seconds.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; } = WaitSettings.DefaultTimeoutSeconds;

        /// <summary>With -Wait: the first interval between reads of a task.</summary>
        [Parameter]
        [ValidateRange(0.05, 3600.0)]
        public double PollIntervalSec { get; set; } = WaitSettings.DefaultPollIntervalSeconds;

        /// <summary>Tracks of finished tasks download without the API; a key is needed only to read or wait for tasks.</summary>
        protected override bool RequiresKey => false;

        private bool UsesLiteralPath => ParameterSetName == LiteralPathSet || ParameterSetName == TaskIdLiteralPathSet;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Wait || ParameterSetName == TaskIdPathSet || ParameterSetName == TaskIdLiteralPathSet) EnsureKey();

            _work = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
            _slots = new SemaphoreSlim(ThrottleLimit);
            _downloader = Client.CreateDownloader();
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

                _planner = new TrackPathPlanner(folder, template);
            }

            if (Wait)
            {
                var interval = TimeSpan.FromSeconds(PollIntervalSec);
                _waiter = new TaskWaiter(Client, new WaitSettings
                {
                    Timeout = TimeSpan.FromSeconds(TimeoutSec),
                    PollInterval = interval,
                }, evt => Post(() => OnWaitEvent(evt)));
                var waiter = _waiter;
                var token = _work.Token;
                _waitRun = Start(async _ =>
                {
                    await waiter.RunAsync(token).ConfigureAwait(false);
                    return true;
                });
            }
        }

        protected override void ProcessRecord()
        {
            try
            {
                if (ParameterSetName == TaskIdPathSet || ParameterSetName == TaskIdLiteralPathSet)
                {
                    foreach (var id in TaskId ?? NoTaskId) AcceptTaskId(id);
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
                if (_waiter != null && _waitRun != null)
                {
                    _waiter.CompleteAdding();
                    try
                    {
                        Await(_waitRun, () => WriteFinished(waitForAll: false));
                    }
                    catch (SunoException e)
                    {
                        ThrowSunoError(e); // the key or the account failed: every task would fail the same way
                    }
                }

                WriteFinished(waitForAll: true);
                _progress.Write(this, force: true); // the final counts, however recent the last bar was
                _progress.Complete(this);
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
                    AcceptTrack(track, null, IndexOf(track, null));
                    return;
                case string id:
                    AcceptTaskId(id);
                    return;
            }

            // A CSV row or custom object that names a task.
            var property = item is PSObject wrapper ? wrapper.Properties["TaskId"] : PSObject.AsPSObject(value).Properties["TaskId"];
            if (property?.Value is object idValue && !string.IsNullOrWhiteSpace(idValue.ToString()))
            {
                AcceptTaskId(idValue.ToString()!);
                return;
            }

            WriteError(ErrorRecordFactory.InvalidArgument(
                "Save-SunoTrack takes tasks (New-SunoMusic, Get-SunoTask, Wait-SunoTask), tracks ($task.Tracks[0]) or task ids, not " +
                value.GetType().FullName + ".", item));
        }

        private void AcceptTaskId(string? raw)
        {
            var id = NormalizeTaskId(raw);
            if (id == null) return;

            if (_waiter != null)
            {
                EnsureKey();
                _waiter.Add(id!);
                return;
            }

            SunoTask task;
            try
            {
                EnsureKey();
                task = Run(token => Client.GetTaskAsync(id!, token), () => _progress.Write(this));
            }
            catch (SunoException e) when (e.Kind == SunoErrorKind.AuthenticationFailed || e.Kind == SunoErrorKind.ApiKeyMissing)
            {
                ThrowSunoError(e, id); // every other id would fail the same way
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
            if (task.IsFailed)
            {
                var failure = string.Format(CultureInfo.InvariantCulture, "Suno task {0} failed with status {1}{2}: {3}", task.TaskId, task.Status,
                    task.ErrorCode.HasValue ? " (error code " + task.ErrorCode.Value.ToString(CultureInfo.InvariantCulture) + ")" : "",
                    EndSentence(task.ErrorMessage ?? "the API gave no reason"));
                var saveable = task.Tracks.Count(t => t.IsDownloadable);
                if (saveable == 0)
                {
                    WriteSunoError(new SunoException(SunoErrorKind.TaskFailed, failure + " It has no tracks to save.")
                        { ApiCode = task.ErrorCode, Target = task }, task.TaskId);
                    return;
                }

                // CALLBACK_EXCEPTION, say: the generation worked and only the callback failed. The audio is there; keep it.
                WriteWarning(failure + " Its " + saveable.ToString(CultureInfo.InvariantCulture) +
                    " downloadable track(s) are saved anyway.");
                SaveTracksOf(task, t => t.IsDownloadable);
                return;
            }

            if (!task.IsCompleted || task.Tracks.Count == 0 || task.Tracks.Any(t => !t.IsDownloadable))
            {
                if (_waiter != null)
                {
                    EnsureKey();
                    _waiter.Add(task.TaskId);
                    return;
                }

                WriteSunoError(NotComplete(task.TaskId, task.Status), task.TaskId);
                return;
            }

            SaveTracksOf(task, t => true);
        }

        private void SaveTracksOf(SunoTask task, Func<SunoTrack, bool> include)
        {
            _tracksWanted.TryGetValue(task.TaskId, out var wanted);
            for (var i = 0; i < task.Tracks.Count; i++)
            {
                var track = task.Tracks[i];
                if ((wanted == null || wanted.Contains(track.Id)) && include(track)) AcceptTrack(track, task, i + 1);
            }
        }

        private static string EndSentence(string text)
        {
            text = text.TrimEnd();
            return text.Length > 0 && ".!?".IndexOf(text[text.Length - 1]) >= 0 ? text : text + ".";
        }

        private void AcceptTrack(SunoTrack track, SunoTask? task, int index)
        {
            if (!track.IsDownloadable)
            {
                if (_waiter != null && !string.IsNullOrEmpty(track.TaskId))
                {
                    // Wait for its task, then save only this track of it.
                    if (!_tracksWanted.TryGetValue(track.TaskId, out var wanted))
                    {
                        _tracksWanted[track.TaskId] = wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    }

                    wanted.Add(track.Id);
                    EnsureKey();
                    _waiter.Add(track.TaskId);
                    return;
                }

                WriteSunoError(NotComplete(track.TaskId, null, track.Id), track.TaskId);
                return;
            }

            if (!_seenTracks.Add(track.Id))
            {
                WriteVerbose("Track " + track.Id + " was given more than once; it is saved once.");
                return;
            }

            string target;
            if (_literalTarget != null)
            {
                if (_literalUsed)
                {
                    WriteError(ErrorRecordFactory.InvalidArgument(
                        "-LiteralPath names one file, but more than one track was given; track " + track.Id +
                        " is not saved. Use -Path with a folder to save several tracks.", track));
                    return;
                }

                _literalUsed = true;
                target = _literalTarget;
            }
            else
            {
                target = _planner!.PathFor(track, index, task);
            }

            if (!Force && File.Exists(target))
            {
                WriteVerbose("Skipping track " + track.Id + ": " + target + " exists (use -Force to replace it).");
                var skipped = Task.FromResult(TrackDownloadResult.Skipped(track, target));
                _pending.Enqueue(new Pending(track, skipped));
                return;
            }

            if (Directory.Exists(target))
            {
                WriteSunoError(new SunoException(SunoErrorKind.DownloadFailed,
                    "Cannot save track " + track.Id + " as " + target + ": a folder of that name is there.") { Target = target }, track);
                return;
            }

            var action = string.Format(CultureInfo.InvariantCulture, "Save Suno track {0}{1}", track.Id,
                string.IsNullOrEmpty(track.Title) ? "" : " ('" + track.Title + "')");
            if (!ShouldProcess(target, action)) return;

            var request = new TrackDownloadRequest(track, target)
            {
                Task = task,
                Overwrite = Force,
                Tag = !NoTag,
                SaveCover = IncludeCover,
                SaveMetadata = IncludeMetadata,
            };
            _pending.Enqueue(new Pending(track, StartDownload(request)));
        }

        private Task<TrackDownloadResult> StartDownload(TrackDownloadRequest request)
        {
            var downloader = _downloader!;
            var slots = _slots!;
            var progress = _progress;
            var token = _work!.Token;
            progress.FileQueued();
            var download = Start(async _ =>
            {
                await slots.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    return await downloader.DownloadAsync(request, progress.Report, token).ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
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
            Drain();
            while (_pending.Count > 0 && (waitForAll || _pending.Peek().Work.IsCompleted))
            {
                var next = _pending.Dequeue();
                TrackDownloadResult result;
                try
                {
                    result = Await(next.Work, () => _progress.Write(this));
                }
                catch (SunoException e)
                {
                    WriteSunoError(e);
                    continue;
                }

                foreach (var warning in result.Warnings) WriteWarning(warning);
                WriteVerbose(result.Status == TrackDownloadStatus.Downloaded
                    ? string.Format(CultureInfo.InvariantCulture, "Saved track {0} as {1} ({2} bytes{3}).", result.Track.Id, result.Path, result.Bytes,
                        result.Attempts > 1 ? ", " + result.Attempts + " attempts" : "")
                    : "Skipped track " + result.Track.Id + ": " + result.Path + " exists.");
                WriteObject(SavedFile.From(result, InvokeProvider));
            }

            _progress.Write(this);
        }

        private void OnWaitEvent(WaitEvent evt)
        {
            switch (evt.Kind)
            {
                case WaitEventKind.Reached:
                    WriteVerbose("Task " + evt.TaskId + " is complete; saving its tracks.");
                    AcceptTask(evt.Task!);
                    break;
                case WaitEventKind.StatusChanged:
                    WriteVerbose("Task " + evt.TaskId + ": " + (evt.PreviousStatus ?? "(new)") + " -> " + evt.Task!.Status + ".");
                    break;
                case WaitEventKind.Failed:
                    AcceptTask(evt.Task!); // reports the failure
                    break;
                case WaitEventKind.TimedOut:
                    WriteSunoError(new SunoException(SunoErrorKind.WaitTimeout, string.Format(CultureInfo.InvariantCulture,
                        "Suno task {0} did not complete within {1} s; its last status was {2}. Its tracks were not saved; it keeps running on the server.",
                        evt.TaskId, TimeoutSec, evt.PreviousStatus ?? "unknown (never read)")), evt.TaskId);
                    break;
                case WaitEventKind.Error:
                    WriteSunoError(evt.Error!, evt.TaskId);
                    break;
            }
        }

        private static SunoException NotComplete(string taskId, string? status, string? trackId = null) =>
            new SunoException(SunoErrorKind.TaskNotComplete, string.Format(CultureInfo.InvariantCulture,
                "{0} is not complete yet{1}, so it has nothing to download. Wait for it first: pipe it through Wait-SunoTask, or add -Wait.",
                trackId == null ? "Suno task " + taskId : "Track " + trackId + " of task " + taskId,
                status == null ? "" : " (status " + status + ")"))
            { Target = taskId };

        private static int IndexOf(SunoTrack track, SunoTask? task)
        {
            if (task == null) return 1;
            for (var i = 0; i < task.Tracks.Count; i++)
            {
                if (ReferenceEquals(task.Tracks[i], track) || task.Tracks[i].Id == track.Id) return i + 1;
            }

            return 1;
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
            if (_waitRun != null && !_waitRun.IsCompleted) running = running.Concat(new Task[] { _waitRun }).ToArray();
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

        private sealed class Pending
        {
            public Pending(SunoTrack track, Task<TrackDownloadResult> work)
            {
                Track = track;
                Work = work;
            }

            public SunoTrack Track { get; }
            public Task<TrackDownloadResult> Work { get; }
        }
    }
}
