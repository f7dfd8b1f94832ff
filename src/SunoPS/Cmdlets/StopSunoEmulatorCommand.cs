using System.Management.Automation;
using SunoPS.LocalEmulator;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>Stops emulators started with Start-SunoEmulator: the ones piped in, or every one this process started.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "SunoEmulator")]
    public sealed class StopSunoEmulatorCommand : SunoCmdlet
    {
        /// <summary>The emulator to stop (what Start-SunoEmulator returned); all of this process's when not given.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public SunoEmulatorInstance[]? InputObject { get; set; }

        private bool _given;

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            _given = true;
            foreach (var emulator in InputObject) Stop(emulator);
        }

        protected override void EndProcessing()
        {
            if (_given) return;
            foreach (var emulator in StartedEmulators.All()) Stop(emulator);
        }

        private void Stop(SunoEmulatorInstance emulator)
        {
            EmulatorProcess.Stop(emulator);
            StartedEmulators.Remove(emulator);
            WriteVerbose("Stopped the emulator at " + emulator.ApiUri + ".");
        }
    }
}
