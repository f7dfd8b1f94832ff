using System;
using System.Net;
using System.Runtime.InteropServices;
using System.Security;
using SunoPS.Client;
using SunoPS.Client.Errors;

namespace SunoPS.Session
{
    /// <summary>
    /// What one runspace has set, or one named profile holds: the key, the base URI and connection settings, and the
    /// client built from them. Falls back to $env:SUNO_API_KEY, $env:SUNO_API_BASE_URI and $env:SUNO_UPLOAD_BASE_URI
    /// for whatever was not set.
    /// </summary>
    internal sealed class SunoSession : IDisposable
    {
        public const string KeyVariable = "SUNO_API_KEY";
        public const string BaseUriVariable = "SUNO_API_BASE_URI";
        public const string UploadBaseUriVariable = "SUNO_UPLOAD_BASE_URI";
        public const string JournalPathVariable = "SUNO_JOURNAL_PATH";
        public const string JournalVariable = "SUNO_JOURNAL";

        private readonly object _gate = new object();
        private SecureString? _apiKey;
        private SunoClient? _client;
        private string? _clientSignature;
        private string? _keySource;
        private int _version;
        private SunoSession? _profileCall;
        private string? _profileCallSignature;

        public Uri? BaseUri { get; private set; }
        public Uri? UploadBaseUri { get; private set; }
        public int? MaximumRetryCount { get; private set; }
        public double? RetryIntervalSec { get; private set; }
        public double? TimeoutSec { get; private set; }

        /// <summary>Whether the key may go over plain http to a host other than loopback (Set-SunoApiKey -AllowUnencryptedAuthentication).</summary>
        public bool AllowUnencryptedAuthentication { get; private set; }

        public bool HasSessionKey => _apiKey != null;

        /// <summary>The proxy for the API, upload and file hosts (Set-SunoApiKey -Proxy); null keeps the system's.</summary>
        public Uri? Proxy { get; private set; }

        public NetworkCredential? ProxyCredential { get; private set; }

        /// <summary>The profile's name (Set-SunoApiKey -Name), or null for a runspace's own session.</summary>
        public string? ProfileName { get; }

        /// <summary>For a command's settings: the profile they came from, if any.</summary>
        public string? FromProfile { get; private set; }

        /// <summary>The tasks this session has submitted or read.</summary>
        public SessionTasks Tasks { get; }

        public SunoSession() : this(new SessionTasks())
        {
        }

        private SunoSession(SessionTasks tasks, string? profileName = null)
        {
            Tasks = tasks;
            ProfileName = profileName;
        }

        /// <summary>A named profile: settings kept for the whole process (and saved, where a protected store exists).</summary>
        public static SunoSession NewProfile(string name) => new SunoSession(new SessionTasks(), name);

        /// <summary>
        /// The settings of one command given -ApiKey, -BaseUri or a profile: what was given explicitly wins; then
        /// the profile when it was named for this command (-Profile), or this session when the profile is only the
        /// default one ($env:SUNO_PROFILE); the environment comes last, as always. The result shares this session's
        /// remembered tasks; dispose it when the command ends.
        /// </summary>
        public SunoSession ForCall(SecureString? apiKey, Uri? baseUri, bool allowUnencryptedAuthentication = false,
            SunoSession? profile = null, bool profileWins = true)
        {
            var call = new SunoSession(Tasks);
            var first = profile != null && profileWins ? profile : this;
            var second = profile == null ? this : profileWins ? this : profile;
            lock (_gate)
            lock (profile?._gate ?? _gate)
            {
                var keyFrom = apiKey != null ? null : first._apiKey != null ? first : second._apiKey != null ? second : null;
                call.Configure(apiKey ?? keyFrom?._apiKey, baseUri ?? first.BaseUri ?? second.BaseUri,
                    first.MaximumRetryCount ?? second.MaximumRetryCount, first.RetryIntervalSec ?? second.RetryIntervalSec,
                    first.TimeoutSec ?? second.TimeoutSec, first.UploadBaseUri ?? second.UploadBaseUri,
                    allowUnencryptedAuthentication || first.AllowUnencryptedAuthentication || second.AllowUnencryptedAuthentication);
                var proxyFrom = first.Proxy != null ? first : second;
                call.Proxy = proxyFrom.Proxy;
                call.ProxyCredential = proxyFrom.ProxyCredential;
                call._keySource = apiKey != null ? "Parameter" : keyFrom?.ProfileName != null ? "Profile" : null;
                call.FromProfile = profile?.ProfileName;
            }

            return call;
        }

        /// <summary>
        /// <see cref="ForCall"/> for a profile alone (no -ApiKey or -BaseUri), kept until either side changes, so that
        /// the commands of a runspace that use a profile share one client and its connections.
        /// </summary>
        public SunoSession WithProfile(SunoSession profile, bool profileWins)
        {
            lock (_gate)
            {
                var signature = profile.ProfileName + "|" + profileWins + "|" + profile._version + "|" + _version;
                if (_profileCall == null || _profileCallSignature != signature)
                {
                    _profileCall = ForCall(null, null, false, profile, profileWins);
                    _profileCallSignature = signature;
                }

                return _profileCall;
            }
        }

        /// <summary>Sets the proxy (with its credential, if any), or with <paramref name="clear"/> goes back to the system's.</summary>
        public void ConfigureProxy(Uri? proxy, NetworkCredential? credential, bool clear)
        {
            lock (_gate)
            {
                _version++;
                if (clear)
                {
                    Proxy = null;
                    ProxyCredential = null;
                }
                else if (proxy != null)
                {
                    Proxy = proxy;
                    ProxyCredential = credential;
                }
            }
        }

        // What the requests use: the value set, or else the client's default.
        public int EffectiveMaximumRetryCount => MaximumRetryCount ?? new SunoClientOptions().MaxRetries;
        public double EffectiveRetryIntervalSec => RetryIntervalSec ?? new SunoClientOptions().RetryBaseDelay.TotalSeconds;
        public double EffectiveTimeoutSec => TimeoutSec ?? new SunoClientOptions().RequestTimeout.TotalSeconds;

        public void Configure(SecureString? apiKey, Uri? baseUri, int? maximumRetryCount, double? retryIntervalSec, double? timeoutSec,
            Uri? uploadBaseUri = null, bool? allowUnencryptedAuthentication = null)
        {
            lock (_gate)
            {
                _version++;
                if (apiKey != null)
                {
                    _apiKey?.Dispose();
                    _apiKey = apiKey.Copy();
                    _apiKey.MakeReadOnly();
                }

                if (baseUri != null) BaseUri = baseUri;
                if (uploadBaseUri != null) UploadBaseUri = uploadBaseUri;
                if (maximumRetryCount.HasValue) MaximumRetryCount = maximumRetryCount;
                if (retryIntervalSec.HasValue) RetryIntervalSec = retryIntervalSec;
                if (timeoutSec.HasValue) TimeoutSec = timeoutSec;
                if (allowUnencryptedAuthentication.HasValue) AllowUnencryptedAuthentication = allowUnencryptedAuthentication.Value;
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _version++;
                _apiKey?.Dispose();
                _apiKey = null;
                BaseUri = null;
                UploadBaseUri = null;
                MaximumRetryCount = null;
                RetryIntervalSec = null;
                TimeoutSec = null;
                AllowUnencryptedAuthentication = false;
                Proxy = null;
                ProxyCredential = null;
                _client?.Dispose();
                _client = null;
                _clientSignature = null;
            }
        }

        /// <summary>
        /// Where the key in effect comes from: Parameter (-ApiKey), Profile, Session, Environment or None (a blank
        /// variable is no key, as in RevealKey).
        /// </summary>
        public string KeySource =>
            _apiKey != null ? _keySource ?? (ProfileName != null ? "Profile" : "Session") :
            !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KeyVariable)) ? "Environment" : "None";

        /// <exception cref="SunoException">SunoInvalidRequest: $env:SUNO_API_BASE_URI is set but unusable (never a fallback to the real API).</exception>
        public Uri EffectiveBaseUri => BaseUri ?? FromEnvironment(BaseUriVariable) ?? SunoClientOptions.DefaultBaseUri;

        /// <summary>The file-upload host: set, else $env:SUNO_UPLOAD_BASE_URI, else the documented host.</summary>
        public Uri EffectiveUploadBaseUri => UploadBaseUri ?? FromEnvironment(UploadBaseUriVariable) ?? SunoClientOptions.DefaultUploadBaseUri;

        /// <summary>
        /// The task journal's file: $env:SUNO_JOURNAL_PATH, else LocalApplicationData/SunoPS/tasks.jsonl (~/.local/share/SunoPS on
        /// Linux); null when $env:SUNO_JOURNAL is 'off' (or the system has no such folder). Read at each use, so a change takes effect.
        /// </summary>
        public static string? EffectiveJournalPath
        {
            get
            {
                var switchText = Environment.GetEnvironmentVariable(JournalVariable)?.Trim();
                if (string.Equals(switchText, "off", StringComparison.OrdinalIgnoreCase) || string.Equals(switchText, "0", StringComparison.Ordinal) ||
                    string.Equals(switchText, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                var path = Environment.GetEnvironmentVariable(JournalPathVariable);
                if (!string.IsNullOrWhiteSpace(path)) return path!.Trim();
                var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
                return string.IsNullOrEmpty(folder) ? null : System.IO.Path.Combine(folder, "SunoPS", "tasks.jsonl");
            }
        }

        /// <summary>
        /// The variable's URI, or null when it is unset or blank. A mistyped one is an error: falling back to the
        /// production API would spend real credits where the user meant the emulator or a gateway.
        /// </summary>
        private static Uri? FromEnvironment(string variable)
        {
            var text = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var parsed) &&
                (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(parsed.Host))
            {
                return parsed;
            }

            throw new SunoException(SunoErrorKind.InvalidRequest, "$env:" + variable + " is '" + text.Trim() +
                "', which is not an absolute http or https URI (such as https://api.sunoapi.org). Nothing was sent: correct or remove the variable.")
                { Target = variable };
        }

        /// <summary>
        /// Why the settings in effect may not be used: the key would go over plain http to a host other than loopback
        /// (loopback is the emulator) without the user's opt-in. Null when they may.
        /// </summary>
        public string? UnencryptedProblem()
        {
            if (AllowUnencryptedAuthentication) return null;
            foreach (var uri in new[] { EffectiveBaseUri, EffectiveUploadBaseUri })
            {
                if (uri.Scheme == Uri.UriSchemeHttp && !Client.Http.LoopbackHost.Of(uri))
                {
                    return uri.GetLeftPart(UriPartial.Authority) + " is plain http: the API key would travel unencrypted, so nothing was sent. " +
                           "Use https, or add -AllowUnencryptedAuthentication (per command, or for the session with Set-SunoApiKey) if you mean it.";
                }
            }

            return null;
        }

        /// <summary>The key in plain text, for the one request that needs it. Never store the result.</summary>
        public string? RevealKey()
        {
            var key = _apiKey;
            if (key == null)
            {
                var fromEnvironment = Environment.GetEnvironmentVariable(KeyVariable);
                return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment!.Trim();
            }

            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(key);
                return Marshal.PtrToStringUni(pointer);
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        /// <summary>A copy of the key set here (not the environment's), for saving a profile; null when none is set.</summary>
        public SecureString? CopyOwnKey()
        {
            lock (_gate) return _apiKey?.Copy();
        }

        /// <summary>A hint of which key is in effect that reveals nothing usable: its last four characters at most.</summary>
        public string? MaskedKey()
        {
            var key = RevealKey();
            if (string.IsNullOrEmpty(key)) return null;
            return key!.Length >= 16 ? "****" + key.Substring(key.Length - 4) : "****";
        }

        /// <summary>
        /// Tests that drive hundreds of submissions against the emulator compress the API's window of 20 per 10 s
        /// (the emulator's limit is set to match); null, as in every user's session, keeps the documented one.
        /// </summary>
        internal static TimeSpan? SubmitWindowForTests { get; set; }

        /// <summary>The client for the settings in effect; rebuilt only when they change.</summary>
        public SunoClient GetClient()
        {
            lock (_gate)
            {
                var options = new SunoClientOptions
                {
                    BaseUri = NormalizeBase(EffectiveBaseUri),
                    UploadBaseUri = NormalizeBase(EffectiveUploadBaseUri),
                    ApiKeyProvider = RevealKey,
                    AllowUnencryptedAuthentication = AllowUnencryptedAuthentication,
                    JournalPath = EffectiveJournalPath,
                };
                if (MaximumRetryCount.HasValue) options.MaxRetries = MaximumRetryCount.Value;
                if (RetryIntervalSec.HasValue) options.RetryBaseDelay = TimeSpan.FromSeconds(RetryIntervalSec.Value);
                if (TimeoutSec.HasValue) options.RequestTimeout = TimeSpan.FromSeconds(TimeoutSec.Value);
                if (SubmitWindowForTests is { } window) options.SubmitWindow = window;
                if (Proxy != null) options.Proxy = new WebProxy(Proxy) { Credentials = ProxyCredential, BypassProxyOnLocal = false };

                var signature = options.BaseUri + "|" + options.UploadBaseUri + "|" + options.MaxRetries + "|" + options.RetryBaseDelay.Ticks + "|" + options.RequestTimeout.Ticks + "|" +
                                options.AllowUnencryptedAuthentication + "|" + options.JournalPath + "|" + options.SubmitWindow.Ticks + "|" +
                                Proxy + "|" + ProxyCredential?.UserName + "|" + ProxyCredential?.GetHashCode();
                if (_client == null || _clientSignature != signature)
                {
                    // The old client may still serve a running command in another pipeline: let it be collected.
                    _client = new SunoClient(options);
                    _clientSignature = signature;
                }

                return _client;
            }
        }

        private static Uri NormalizeBase(Uri uri)
        {
            // A base without a trailing slash would drop its last segment when paths are appended.
            var text = uri.GetLeftPart(UriPartial.Path);
            return new Uri(text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/");
        }

        public void Dispose() => Clear();
    }
}
