using System;
using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Client.Uploads;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Puts a file on the Suno upload host (suno-api.md §4.24) and returns its DownloadUrl, which every cmdlet that
    /// takes audio accepts as -UploadUri. Local files go as base64 when small and as a multipart stream above 10 MB,
    /// streamed from disk with a progress bar; -Uri asks the host to fetch a URL. Uploads are kept for 3 days.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "SunoFile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SunoUploadedFile))]
    public sealed class SendSunoFileCommand : SunoApiCmdlet
    {
        private const string PathSet = "Path";
        private const string UriSet = "Uri";

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

        protected override bool RequiresKey => false;

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
            try
            {
                WriteObject(UploadFile(request));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, target);
            }
            catch (SunoException e)
            {
                WriteSunoError(e, target);
            }
        }
    }
}
