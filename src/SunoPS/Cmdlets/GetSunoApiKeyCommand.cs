using System.Management.Automation;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>Shows which key, base URI and connection settings are in effect, with the key masked.</summary>
    [Cmdlet(VerbsCommon.Get, "SunoApiKey")]
    [OutputType(typeof(SunoApiKeyInfo))]
    public sealed class GetSunoApiKeyCommand : SunoCmdlet
    {
        protected override void EndProcessing() => WriteObject(Describe(SessionStore.Current));

        internal static SunoApiKeyInfo Describe(SunoSession session) =>
            new SunoApiKeyInfo(session.KeySource, session.MaskedKey(), session.EffectiveBaseUri,
                session.EffectiveMaximumRetryCount, session.EffectiveRetryIntervalSec, session.EffectiveTimeoutSec,
                session.EffectiveUploadBaseUri);
    }
}
