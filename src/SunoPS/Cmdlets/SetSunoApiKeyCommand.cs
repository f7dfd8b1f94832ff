using System;
using System.Management.Automation;
using System.Security;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>Sets the API key (and optionally the base URI and connection settings) for this PowerShell session.</summary>
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

        protected override void EndProcessing()
        {
            if (BaseUri != null && (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != Uri.UriSchemeHttps && BaseUri.Scheme != Uri.UriSchemeHttp)))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    "-BaseUri must be an absolute http or https URI, such as https://api.sunoapi.org.", BaseUri));
            }

            var key = ApiKey;
            var nothingGiven = key == null && BaseUri == null && !IsBound(nameof(MaximumRetryCount)) &&
                               !IsBound(nameof(RetryIntervalSec)) && !IsBound(nameof(TimeoutSec));
            if (nothingGiven)
            {
                key = PromptForKey();
            }

            if (key != null && key.Length == 0)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument("The API key is empty.", null, "SunoApiKeyMissing"));
            }

            var session = SessionStore.Current;
            var target = "Suno API session (" + (BaseUri ?? session.EffectiveBaseUri) + ")";
            if (!ShouldProcess(target, key != null ? "Set API key" : "Set connection settings"))
            {
                return;
            }

            session.Configure(key, BaseUri,
                IsBound(nameof(MaximumRetryCount)) ? MaximumRetryCount : (int?)null,
                IsBound(nameof(RetryIntervalSec)) ? RetryIntervalSec : (double?)null,
                IsBound(nameof(TimeoutSec)) ? TimeoutSec : (double?)null);
            WriteVerbose("Suno API settings are set for this session; requests go to " + session.EffectiveBaseUri + ".");
            if (PassThru)
            {
                WriteObject(GetSunoApiKeyCommand.Describe(session));
            }
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
