using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Shows which key, base URI and connection settings are in effect, with the key masked: for this session, for
    /// a command given -Profile, or (-ListAvailable) every named profile of the process and whether it is saved.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SunoApiKey", DefaultParameterSetName = InEffectSet)]
    [OutputType(typeof(SunoApiKeyInfo))]
    public sealed class GetSunoApiKeyCommand : SunoCmdlet
    {
        private const string InEffectSet = "InEffect";
        private const string ListSet = "List";

        /// <summary>Shows what a command given -Profile with this name would use.</summary>
        [Parameter(Position = 0, ParameterSetName = InEffectSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? Profile { get; set; }

        /// <summary>Lists the named profiles of this process (saved ones included), each with its masked key.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ListSet)]
        public SwitchParameter ListAvailable { get; set; }

        protected override void EndProcessing()
        {
            try
            {
                foreach (var problem in SunoProfiles.TakeLoadProblems()) WriteWarning("A saved Suno profile was skipped: " + problem + ".");
                if (ListAvailable)
                {
                    foreach (var profile in SunoProfiles.All()) WriteObject(Describe(profile));
                    return;
                }

                var runspace = SessionStore.Current;
                var named = Profile != null;
                var profileInUse = named ? SunoApiCmdlet.FindProfile(Profile!, "-Profile") : SunoApiCmdlet.DefaultProfile();
                WriteObject(Describe(profileInUse == null ? runspace : runspace.WithProfile(profileInUse, profileWins: named)));
            }
            catch (SunoException e)
            {
                ThrowTerminatingError(ErrorRecordFactory.From(e));
            }
        }

        internal static SunoApiKeyInfo Describe(SunoSession session)
        {
            var profile = session.ProfileName ?? session.FromProfile;
            var saved = session.ProfileName != null && SunoProfiles.FilePath != null && SunoProfiles.Find(session.ProfileName) == session;
            return new SunoApiKeyInfo(session.KeySource, session.MaskedKey(), session.EffectiveBaseUri,
                session.EffectiveMaximumRetryCount, session.EffectiveRetryIntervalSec, session.EffectiveTimeoutSec,
                session.EffectiveUploadBaseUri)
            {
                Profile = profile,
                Proxy = session.Proxy,
                Persisted = saved,
                StoredIn = session.ProfileName == null ? null : saved ? SunoProfiles.FilePath + " (" + SunoProfiles.Protector!.Description + ")" :
                    "this process only: " + SunoProfiles.NotSavedReason,
            };
        }
    }
}
