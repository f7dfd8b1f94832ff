using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator.Callbacks;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>Reads the emulator's callback log for the callback tests that go through the real emulator.</summary>
    internal static class EmulatorCallbacks
    {
        /// <summary>The delivered callback of a task's stage, once the emulator has posted it (a 30 s guard against a hang, not a timing assertion).</summary>
        public static async Task<CallbackDelivery> Posted(EmulatorSession s, string taskId, string stage)
        {
            for (var i = 0; i < 3000; i++)
            {
                var found = s.Emulator.State.CallbackDeliveries.FirstOrDefault(d => d.TaskId == taskId && d.Stage == stage && d.Outcome == "delivered");
                if (found != null) return found;
                await Task.Delay(10);
            }

            throw new Xunit.Sdk.XunitException("The emulator posted no " + stage + " callback for " + taskId + ".");
        }
    }
}
