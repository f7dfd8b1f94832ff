using System.Management.Automation;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Forgets the key and settings of this session ($env:SUNO_API_KEY, if set, applies again), or with -Name a named
    /// profile, in this process and in the saved file.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "SunoApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    public sealed class RemoveSunoApiKeyCommand : SunoCmdlet
    {
        /// <summary>The profile to delete instead of this session's settings.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        [Alias("Profile")]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (Name == null) return;
            foreach (var raw in Name)
            {
                var name = raw.Trim();
                if (SunoProfiles.Find(name) == null)
                {
                    WriteError(ErrorRecordFactory.InvalidArgument("There is no profile named '" + name + "'; Get-SunoApiKey -ListAvailable lists them.", name));
                    continue;
                }

                if (ShouldProcess("Suno API profile '" + name + "'", "Remove profile and its saved key"))
                {
                    try
                    {
                        SunoProfiles.Remove(name);
                    }
                    catch (System.Exception e) when (e is System.IO.IOException || e is System.UnauthorizedAccessException)
                    {
                        WriteWarning("The profile '" + name + "' is removed from this process, but its saved copy could not be deleted: " + e.Message);
                    }
                }
            }
        }

        protected override void EndProcessing()
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Name))) return;
            if (ShouldProcess("Suno API session", "Remove API key and settings"))
            {
                SessionStore.Current.Clear();
            }
        }
    }
}
