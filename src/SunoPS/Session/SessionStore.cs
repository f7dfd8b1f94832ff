using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace SunoPS.Session
{
    /// <summary>
    /// One session per runspace, so ThreadJob and ForEach-Object -Parallel never share a key by accident;
    /// a runspace that goes away takes its session with it.
    /// </summary>
    internal static class SessionStore
    {
        private static readonly ConditionalWeakTable<Runspace, SunoSession> Sessions =
            new ConditionalWeakTable<Runspace, SunoSession>();

        private static readonly SunoSession NoRunspaceSession = new SunoSession();

        public static SunoSession Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace == null ? NoRunspaceSession : Sessions.GetValue(runspace, _ => new SunoSession());
            }
        }
    }
}
