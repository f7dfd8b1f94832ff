using System.Linq;
using System.Management.Automation;
using SunoPS.Client;
using SunoPS.Client.Errors;
using SunoPS.Client.Uploads;
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

        /// <summary>
        /// The key for this command only (explicit beats the session, which beats $env:SUNO_API_KEY): what
        /// ForEach-Object -Parallel and Start-ThreadJob pass with $using:, as they have sessions of their own.
        /// </summary>
        [Parameter]
        [SecureStringTransformation]
        [ValidateNotNull]
        public System.Security.SecureString? ApiKey { get; set; }

        /// <summary>The API origin for this command only (explicit beats the session, which beats $env:SUNO_API_BASE_URI).</summary>
        [Parameter]
        [ValidateNotNull]
        public System.Uri? BaseUri { get; set; }

        /// <summary>Send the key over plain http to a host other than loopback, for this command only.</summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

        /// <summary>
        /// The named profile (Set-SunoApiKey -Name) whose key and settings this command uses; -ApiKey and -BaseUri
        /// still win. Profiles are the process's, so every runspace and thread job can name one.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? Profile { get; set; }

        protected override void BeginProcessing()
        {
            // Resolved here, on the pipeline thread: the runspace is not known on thread-pool threads.
            Session = SessionStore.Current;
            if (BaseUri != null && (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != System.Uri.UriSchemeHttps && BaseUri.Scheme != System.Uri.UriSchemeHttp)))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-BaseUri must be an absolute http or https URI, such as https://api.sunoapi.org.", BaseUri));
            }

            try
            {
                Session = ResolveSession(Session);
                var unencrypted = Session.UnencryptedProblem();
                if (unencrypted != null) throw new SunoException(SunoErrorKind.InvalidRequest, unencrypted);
                _client = Session.GetClient();
            }
            catch (SunoException e)
            {
                ThrowTerminatingError(ErrorRecordFactory.From(e));
            }

            if (RequiresKey)
            {
                EnsureKey();
            }
        }

        /// <summary>
        /// The settings this command uses: -ApiKey and -BaseUri, then the profile named by -Profile, then this
        /// runspace's, then the profile named by $env:SUNO_PROFILE, then the environment's variables.
        /// </summary>
        private SunoSession ResolveSession(SunoSession runspace)
        {
            var named = Profile != null;
            var profile = named ? FindProfile(Profile!, "-Profile") : DefaultProfile();
            if (ApiKey == null && BaseUri == null && !AllowUnencryptedAuthentication)
            {
                return profile == null ? runspace : runspace.WithProfile(profile, profileWins: named);
            }

            var call = runspace.ForCall(ApiKey, BaseUri, AllowUnencryptedAuthentication, profile, profileWins: named);
            DisposeAtEnd(call);
            return call;
        }

        /// <summary>The profile $env:SUNO_PROFILE names, if it is set.</summary>
        internal static SunoSession? DefaultProfile()
        {
            var name = System.Environment.GetEnvironmentVariable(SunoProfiles.DefaultProfileVariable)?.Trim();
            return string.IsNullOrEmpty(name) ? null : FindProfile(name!, "$env:" + SunoProfiles.DefaultProfileVariable);
        }

        /// <exception cref="SunoException">SunoInvalidRequest: no such profile (nothing falls back to another key).</exception>
        internal static SunoSession FindProfile(string name, string givenBy)
        {
            var profile = SunoProfiles.Find(name.Trim());
            if (profile != null) return profile;
            var known = SunoProfiles.All().Select(p => p.ProfileName).ToList();
            throw new SunoException(SunoErrorKind.InvalidRequest, givenBy + " names the profile '" + name + "', which does not exist in this process" +
                (known.Count == 0 ? " (there are none)" : " (there are: " + string.Join(", ", known) + ")") +
                ". Nothing was sent. Create it with Set-SunoApiKey -Name " + name + "; Get-SunoApiKey -ListAvailable lists the profiles.")
                { Target = name };
        }

        /// <summary>What -TaskId $null stands for: one empty id, so it gets the same error as '' instead of nothing.</summary>
        protected static readonly string?[] NoTaskId = { null };

        /// <summary>The id without surrounding blanks, or null after a SunoInvalidRequest error for an empty one.</summary>
        protected string? NormalizeTaskId(string? raw)
        {
            var id = raw?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                WriteError(ErrorRecordFactory.InvalidArgument("A task id is required; an empty one was given.", raw));
                return null;
            }

            if (!LooksLikeTaskId(id!))
            {
                // A file path or a sentence sent as an id would only come back as "not found" after a round trip.
                WriteError(ErrorRecordFactory.InvalidArgument("'" + Shorten(id!) + "' cannot be a task id: task ids are one word of letters, " +
                    "digits and - _ * (a file Save-SunoTrack wrote pipes in by its SunoTaskId). Nothing was sent.", raw));
                return null;
            }

            return id;
        }

        /// <summary>Task ids are 32 hex characters in reality; documented examples mask them (5c79****be8e) or prefix them.</summary>
        internal static bool LooksLikeTaskId(string id)
        {
            if (id.Length > 128) return false;
            foreach (var c in id)
            {
                if (!(char.IsLetterOrDigit(c) && c < 128) && c != '-' && c != '_' && c != '*' && c != '.') return false;
            }

            return true;
        }

        private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 80) + "…" : text;

        /// <summary>Writes a task out, and remembers it for the session (later records of it are completed from it).</summary>
        internal void WriteTask(SunoTask task)
        {
            Session.Tasks.Remember(task);
            WriteObject(task);
        }

        /// <summary>
        /// Uploads one file or URL to the upload host, with a progress bar for local files; the one place uploads run,
        /// for Send-SunoFile and for every -AudioPath. Throws <see cref="SunoException"/> as the client does.
        /// </summary>
        internal SunoUploadedFile UploadFile(SunoUploadRequest request)
        {
            var name = request.Path != null ? System.IO.Path.GetFileName(request.Path) : request.Url ?? "";
            var activity = "Uploading " + name + " to the Suno upload host";
            var lastPercent = -1;
            var rate = new TransferRate();
            var progress = new Progress(sent =>
            {
                rate.Observe(sent.BytesSent);
                var percent = sent.TotalBytes > 0 ? (int)(sent.BytesSent * 100 / sent.TotalBytes) : 0;
                if (percent == lastPercent) return;
                lastPercent = percent;
                var record = new ProgressRecord(UploadActivityId, activity,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0.0} of {1:0.0} MB{2}",
                        sent.BytesSent / 1048576.0, sent.TotalBytes / 1048576.0, rate.Describe()))
                {
                    PercentComplete = System.Math.Min(100, percent),
                    SecondsRemaining = rate.SecondsRemaining(sent.TotalBytes - sent.BytesSent),
                };
                Post(() => WriteProgress(record));
            });
            try
            {
                var file = Run(token => Client.UploadAsync(request, request.Path != null ? progress : null, token));
                WriteVerbose("Uploaded " + name + " (" + file.Method + "): " + file.DownloadUrl + ", kept until " + file.ExpiresAt.ToString("u") + ".");
                return file;
            }
            finally
            {
                WriteProgress(new ProgressRecord(UploadActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        private const int UploadActivityId = 0x5550;

        /// <summary>Reports synchronously on the calling thread (System.Progress would post to a context the pipeline lacks).</summary>
        private sealed class Progress : System.IProgress<UploadProgress>
        {
            private readonly System.Action<UploadProgress> _report;
            public Progress(System.Action<UploadProgress> report) => _report = report;
            public void Report(UploadProgress value) => _report(value);
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
