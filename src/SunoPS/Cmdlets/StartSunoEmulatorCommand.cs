using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Security.Cryptography;
using SunoPS.LocalEmulator;
using SunoPS.Infrastructure;
using SunoPS.Session;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Starts the emulator that ships with the module (an offline stand-in for the API, its file host and its upload
    /// host, on loopback) and returns its addresses and key, for a user's own Pester tests and runbook rehearsals.
    /// With -SetSession the session is pointed at it at once. It needs the .NET 10 ASP.NET Core runtime.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "SunoEmulator")]
    [OutputType(typeof(SunoEmulatorInstance))]
    public sealed class StartSunoEmulatorCommand : SunoCmdlet
    {
        /// <summary>How many emulated seconds pass per real second (1 = real time; 60 makes minutes seconds).</summary>
        [Parameter]
        [ValidateRange(0.0001, 100000.0)]
        public double Speed { get; set; } = 60;

        /// <summary>The length of every generated track, in seconds (by default they vary as the API's do).</summary>
        [Parameter]
        [ValidateRange(1.0, 3600.0)]
        public double TrackSeconds { get; set; }

        /// <summary>The credits the account starts with.</summary>
        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long Credits { get; set; }

        /// <summary>The key it accepts; a random test key when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Key { get; set; }

        /// <summary>Further emulator options, as its command line takes them (e.g. '--http-status-errors').</summary>
        [Parameter]
        public string[] ArgumentList { get; set; } = new string[0];

        /// <summary>Point this session's key, -BaseUri and -UploadBaseUri at the emulator.</summary>
        [Parameter]
        public SwitchParameter SetSession { get; set; }

        protected override void EndProcessing()
        {
            var dll = EmulatorProcess.DllPath(ModuleFolder());
            if (!File.Exists(dll))
            {
                ThrowTerminatingError(new ErrorRecord(new FileNotFoundException("The emulator is not in this installation of SunoPS: " + dll + " is missing."),
                    "SunoEmulatorMissing", ErrorCategory.ObjectNotFound, dll));
            }

            var key = Key ?? "emulator-" + RandomHex(12);
            var arguments = new List<string> { "--speed", Speed.ToString(CultureInfo.InvariantCulture) };
            if (IsBound(nameof(TrackSeconds))) arguments.AddRange(new[] { "--track-seconds", TrackSeconds.ToString(CultureInfo.InvariantCulture) });
            if (IsBound(nameof(Credits))) arguments.AddRange(new[] { "--credits", Credits.ToString(CultureInfo.InvariantCulture) });
            arguments.AddRange(ArgumentList);

            SunoEmulatorInstance emulator;
            try
            {
                emulator = EmulatorProcess.Start(dll, key, arguments, TimeSpan.FromSeconds(30));
            }
            catch (EmulatorStartException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "SunoEmulatorStartFailed", ErrorCategory.ResourceUnavailable, dll));
                return;
            }

            StartedEmulators.Add(emulator);
            WriteVerbose("The emulator listens at " + emulator.ApiUri + " (files " + emulator.FilesUri + ", uploads " + emulator.UploadUri + ").");
            if (SetSession)
            {
                using (var secure = new System.Security.SecureString())
                {
                    foreach (var c in key) secure.AppendChar(c);
                    SessionStore.Current.Configure(secure, emulator.ApiUri, null, null, null, emulator.UploadUri);
                }
            }

            WriteObject(emulator);
        }

        private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);

        private string ModuleFolder() =>
            MyInvocation.MyCommand.Module?.ModuleBase ?? Path.GetDirectoryName(typeof(StartSunoEmulatorCommand).Assembly.Location)!;

        private static string RandomHex(int bytes)
        {
            var data = new byte[bytes];
            using (var random = RandomNumberGenerator.Create()) random.GetBytes(data);
            return BitConverter.ToString(data).Replace("-", "").ToLowerInvariant();
        }
    }
}
