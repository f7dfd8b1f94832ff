using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;
using SunoPS.Client.Uploads;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Puts a file on the Suno upload host (suno-api.md §4.24) and returns its DownloadUrl, which every cmdlet that
    /// takes audio accepts as -UploadUri. Local files go as base64 when small and as a multipart stream above 10 MB,
    /// streamed from disk with a progress bar; -Uri asks the host to fetch a URL. Uploads are kept for 3 days.
    /// Piped files upload -ThrottleLimit at a time in the background and come out in input order.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "SunoFile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SunoUploadedFile))]
    public sealed class SendSunoFileCommand : SunoApiCmdlet
    {
        private const string PathSet = "Path";
        private const string UriSet = "Uri";
        private const int ProgressActivityBase = 0x5560;

        private readonly OrderedOutput<SunoUploadedFile> _pending = new OrderedOutput<SunoUploadedFile>();
        private AdaptiveConcurrency? _slots;
        private int _started;

        /// <summary>The local file to upload. FileInfo objects (Get-ChildItem) bind by their FullName.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "LiteralPath", "PSPath", "AudioPath")]
        public string Path { get; set; } = "";

        /// <summary>A public http(s) URL the upload host downloads (it gives up after 30 s).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FileUrl", "Url")]
        public Uri Uri { get; set; } = null!;

        /// <summary>The folder on the host, without leading or trailing slash.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UploadPath { get; set; } = SunoUploadRequest.DefaultUploadPath;

        /// <summary>The name on the host; the file's own name when not given. The same name overwrites.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? FileName { get; set; }

        /// <summary>
        /// The most files that upload at once. Without it the number adapts, as Save-SunoTrack's does: it starts at 4
        /// and doubles while throughput grows, up to 32 (many small files are latency-bound, not bandwidth-bound), and
        /// backs off when the upload host refuses load.
        /// </summary>
        [Parameter]
        [ValidateRange(1, AdaptiveConcurrency.DefaultCeiling)]
        public int ThrottleLimit { get; set; } = AdaptiveConcurrency.DefaultCeiling;

        protected override bool RequiresKey => false;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _slots = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit))
                ? AdaptiveConcurrency.Capped(ThrottleLimit)
                : AdaptiveConcurrency.Adaptive();
        }

        protected override void EndProcessing()
        {
            _pending.WriteFinished(this, waitForAll: true, WriteObject);
            base.EndProcessing();
        }

        protected override void ProcessRecord()
        {
            var request = new SunoUploadRequest { UploadPath = UploadPath, FileName = FileName };
            string target;
            if (ParameterSetName == UriSet)
            {
                request.Url = Uri.IsAbsoluteUri ? Uri.AbsoluteUri : Uri.OriginalString;
                target = request.Url;
            }
            else
            {
                var local = LocalAudio.Resolve(this, Path, _ => { }, out var error);
                if (local == null)
                {
                    WriteError(error!);
                    return;
                }

                request.Path = local.Path;
                target = local.Path;
            }

            var problems = request.Validate();
            if (problems.Count > 0)
            {
                WriteError(ErrorRecordFactory.Problems(problems, target));
                return;
            }

            if (!ShouldProcess(target, "Upload to " + Session.EffectiveUploadBaseUri.GetLeftPart(UriPartial.Authority) + " (kept 3 days)")) return;

            EnsureKey();
            _pending.Enqueue(StartUpload(request), target);
            _pending.WriteFinished(this, waitForAll: false, WriteObject);
        }

        /// <summary>Uploads in the background within the slots; each file has its own progress bar while it is sent.</summary>
        private Task<SunoUploadedFile> StartUpload(SunoUploadRequest request)
        {
            var slots = _slots!;
            var client = Client;
            var name = request.Path != null ? System.IO.Path.GetFileName(request.Path) : request.Url ?? "";
            var activity = "Uploading " + name + " to the Suno upload host";
            var id = ProgressActivityBase + (_started++ % AdaptiveConcurrency.DefaultCeiling);
            var lastPercent = -1;
            var progress = request.Path == null ? null : new Progress(sent =>
            {
                var percent = sent.TotalBytes > 0 ? (int)(sent.BytesSent * 100 / sent.TotalBytes) : 0;
                if (percent == lastPercent) return;
                lastPercent = percent;
                Post(() => WriteProgress(new ProgressRecord(id, activity,
                    string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} bytes", sent.BytesSent, sent.TotalBytes))
                    { PercentComplete = Math.Min(100, percent) }));
            });
            return Start(async token =>
            {
                using var slot = await slots.EnterAsync(token).ConfigureAwait(false);
                try
                {
                    var file = await client.UploadAsync(request, progress, token).ConfigureAwait(false);
                    slot.Completed(file.FileSize ?? (request.Path != null ? new FileInfo(request.Path).Length : 0));
                    Post(() => WriteVerbose("Uploaded " + name + " (" + file.Method + "): " + file.DownloadUrl + ", kept until " +
                                            file.ExpiresAt.ToString("u", CultureInfo.InvariantCulture) + "."));
                    return file;
                }
                catch (SunoException e) when (e.Kind == SunoErrorKind.RateLimited || e.Kind == SunoErrorKind.ServiceUnavailable)
                {
                    slot.Throttled(null); // the transport has waited out the host's Retry-After already
                    throw;
                }
                finally
                {
                    if (progress != null) Post(() => WriteProgress(new ProgressRecord(id, activity, "Done") { RecordType = ProgressRecordType.Completed }));
                }
            });
        }

        /// <summary>Reports synchronously on the calling thread (System.Progress would post to a context the pipeline lacks).</summary>
        private sealed class Progress : IProgress<UploadProgress>
        {
            private readonly Action<UploadProgress> _report;
            public Progress(Action<UploadProgress> report) => _report = report;
            public void Report(UploadProgress value) => _report(value);
        }
    }
}
