using System;
using System.Management.Automation;
using System.Security;
using SunoPS.Client;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Sets the API key (and optionally the base URI and connection settings) for this PowerShell session, or, with
    /// -Name, in a named profile that every runspace of the process can use by name and that is saved where the key
    /// can be protected (DPAPI on Windows).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SunoApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SunoApiKeyInfo))]
    public sealed class SetSunoApiKeyCommand : SunoCmdlet
    {
        /// <summary>The key, as a SecureString; a plain string is accepted and converted at once.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [SecureStringTransformation]
        public SecureString? ApiKey { get; set; }

        /// <summary>Another API origin: the local emulator, or a gateway in front of the API.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>Another file-upload host (the emulator's upload origin, say); the key goes to it and the API only.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? UploadBaseUri { get; set; }

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; }

        [Parameter]
        [ValidateRange(0.0, 300.0)]
        public double RetryIntervalSec { get; set; }

        [Parameter]
        [ValidateRange(1.0, 3600.0)]
        public double TimeoutSec { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Sets a named profile (created if new) instead of this session: commands use it with -Profile.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        [Alias("ProfileName")]
        public string? Name { get; set; }

        /// <summary>The proxy for the API, the upload host and the file hosts; without one the system's is used (HTTPS_PROXY, NO_PROXY).</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>The proxy's user name and password, when it asks for them.</summary>
        [Parameter]
        [ValidateNotNull]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Lets this session send the key over plain http to a host other than loopback.</summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

        protected override void EndProcessing()
        {
            if (BaseUri != null && (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != Uri.UriSchemeHttps && BaseUri.Scheme != Uri.UriSchemeHttp)))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    "-BaseUri must be an absolute http or https URI, such as https://api.sunoapi.org.", BaseUri));
            }

            if (UploadBaseUri != null && (!UploadBaseUri.IsAbsoluteUri || (UploadBaseUri.Scheme != Uri.UriSchemeHttps && UploadBaseUri.Scheme != Uri.UriSchemeHttp)))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    "-UploadBaseUri must be an absolute http or https URI, such as " + SunoClientOptions.DefaultUploadBaseUri + ".", UploadBaseUri));
            }

            if (Proxy != null && (!Proxy.IsAbsoluteUri || (Proxy.Scheme != Uri.UriSchemeHttps && Proxy.Scheme != Uri.UriSchemeHttp)))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-Proxy must be an absolute http or https URI, such as http://proxy.example:8080.", Proxy));
            }

            if (ProxyCredential != null && Proxy == null)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-ProxyCredential needs -Proxy: it is the credential of that proxy.", null));
            }

            if (Name != null && !ProfileNames.IsValid(Name.Trim()))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("-Name '" + Name + "' cannot name a profile: use one word of letters, digits " +
                    "and . _ - (at most 64 characters), starting with a letter or digit.", Name));
            }

            var key = ApiKey;
            var nothingGiven = key == null && BaseUri == null && UploadBaseUri == null && !IsBound(nameof(MaximumRetryCount)) &&
                               !IsBound(nameof(RetryIntervalSec)) && !IsBound(nameof(TimeoutSec)) &&
                               !IsBound(nameof(AllowUnencryptedAuthentication)) && Proxy == null;
            if (nothingGiven)
            {
                key = PromptForKey();
            }

            // Blanks around the key are dropped; a blank key is no key, and one that could not go into an HTTP
            // header is refused here rather than on the first request. The messages never quote the key.
            var profileName = Name?.Trim();
            var session = profileName != null ? SunoProfiles.Find(profileName) ?? SunoSession.NewProfile(profileName) : SessionStore.Current;
            string effective;
            try
            {
                effective = (BaseUri ?? session.EffectiveBaseUri).ToString();
            }
            catch (SunoPS.Client.Errors.SunoException)
            {
                effective = "$env:" + SunoSession.BaseUriVariable; // unusable as it is; a -BaseUri given later mends it
            }

            using (var trimmed = key == null ? null : CheckedKey(key))
            {
                var target = (profileName != null ? "Suno API profile '" + profileName + "'" : "Suno API session") + " (" + effective + ")";
                if (!ShouldProcess(target, key != null ? "Set API key" : "Set connection settings"))
                {
                    return;
                }

                if (profileName != null) session = SunoProfiles.GetOrAdd(profileName);
                session.Configure(trimmed, BaseUri,
                    IsBound(nameof(MaximumRetryCount)) ? MaximumRetryCount : (int?)null,
                    IsBound(nameof(RetryIntervalSec)) ? RetryIntervalSec : (double?)null,
                    IsBound(nameof(TimeoutSec)) ? TimeoutSec : (double?)null,
                    UploadBaseUri,
                    IsBound(nameof(AllowUnencryptedAuthentication)) ? AllowUnencryptedAuthentication.IsPresent : (bool?)null);
            }

            if (Proxy != null) session.ConfigureProxy(Proxy, ProxyCredential?.GetNetworkCredential(), clear: false);
            if (profileName != null) SaveProfile(profileName);

            WriteVerbose("Suno API settings are set for " + (profileName != null ? "the profile '" + profileName + "'" : "this session") +
                         "; requests go to " + (BaseUri?.ToString() ?? effective) + (Proxy != null ? " through the proxy " + Proxy.GetLeftPart(UriPartial.Authority) : "") + ".");
            if (PassThru)
            {
                WriteObject(GetSunoApiKeyCommand.Describe(session));
            }
        }

        /// <summary>Saves the profile where it can be protected; elsewhere says plainly that it lasts only as long as the process.</summary>
        private void SaveProfile(string name)
        {
            var notSaved = SunoProfiles.NotSavedReason;
            if (notSaved != null)
            {
                WriteWarning("The profile '" + name + "' is kept for this process only and not saved: " + notSaved + ". To have it in every " +
                             "session, run 'Get-Secret <name> | Set-SunoApiKey -Name " + name + "' (SecretManagement keeps the key) in your PowerShell profile.");
                return;
            }

            try
            {
                SunoProfiles.Save(name);
                WriteVerbose("The profile '" + name + "' is saved in " + SunoProfiles.FilePath + ", its key protected by " + SunoProfiles.Protector!.Description + ".");
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is System.ComponentModel.Win32Exception)
            {
                WriteWarning("The profile '" + name + "' is set for this process but could not be saved in " + SunoProfiles.FilePath + ": " + e.Message);
            }
        }

        /// <summary>The key without blanks around it; a terminating error when nothing, or nothing sendable, is left.</summary>
        private SecureString CheckedKey(SecureString key)
        {
            var trimmed = ApiKeyInput.Trim(key, out var problem);
            if (trimmed != null) return trimmed;

            if (problem == ApiKeyFormat.Blank)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    key.Length == 0 ? "The API key is empty." : "The API key is blank.", null, "SunoApiKeyMissing"));
            }

            ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                "The API key cannot be used: " + problem + ". A key is one word of printable ASCII characters: check that " +
                "the whole key, and only the key, was copied.", null));
            throw new InvalidOperationException(); // not reached
        }

        private SecureString PromptForKey()
        {
            try
            {
                Host.UI.Write("Suno API key: ");
                return Host.UI.ReadLineAsSecureString();
            }
            catch (Exception e) when (!(e is PipelineStoppedException))  // hosts without a console throw assorted types here
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    "Give the key with -ApiKey (no interactive prompt is possible here).", null, "SunoApiKeyMissing"));
                throw; // not reached
            }
        }

        private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
    }
}
