using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>The account's remaining credits (GET /api/v1/generate/credit), as a number.</summary>
    [Cmdlet(VerbsCommon.Get, "SunoCredit")]
    [OutputType(typeof(long))]
    public sealed class GetSunoCreditCommand : SunoApiCmdlet
    {
        protected override void EndProcessing()
        {
            try
            {
                WriteObject(Run(token => Client.GetCreditsAsync(token)));
            }
            catch (SunoException e)
            {
                ThrowSunoError(e, Client.Options.BaseUri);
            }
        }
    }
}
