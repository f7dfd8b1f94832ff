using System.Management.Automation;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>Forgets the key and settings of this session ($env:SUNO_API_KEY, if set, applies again).</summary>
    [Cmdlet(VerbsCommon.Remove, "SunoApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    public sealed class RemoveSunoApiKeyCommand : SunoCmdlet
    {
        protected override void EndProcessing()
        {
            if (ShouldProcess("Suno API session", "Remove API key and settings"))
            {
                SessionStore.Current.Clear();
            }
        }
    }
}
