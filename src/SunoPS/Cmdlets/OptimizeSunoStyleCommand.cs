using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Boosts a style text (POST /api/v1/style/generate; synchronous) and returns the boosted style with the credits it
    /// used and the credits left, as decimals. Pipe the result's Style into New-SunoMusic -Style.
    /// </summary>
    [Cmdlet(VerbsCommon.Optimize, "SunoStyle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SunoStyleBoost))]
    public sealed class OptimizeSunoStyleCommand : SunoApiCmdlet
    {
        /// <summary>The style to boost, e.g. 'Pop, Mysterious'.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Content", "Tags")]
        [AllowEmptyString]
        public string Style { get; set; } = "";

        protected override bool RequiresKey => false;

        protected override void ProcessRecord()
        {
            if (string.IsNullOrWhiteSpace(Style))
            {
                WriteError(ErrorRecordFactory.InvalidArgument("-Style is required; an empty one was given. Nothing was sent.", Style));
                return;
            }

            if (!ShouldProcess("'" + Style + "'", "Boost the style, spending a fraction of a credit")) return;

            EnsureKey();
            try
            {
                WriteObject(Run(token => Client.BoostStyleAsync(Style, token)));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, Style);
            }
            catch (SunoException e)
            {
                WriteSunoError(e, Style);
            }
        }
    }
}
