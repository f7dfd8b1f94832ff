using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SunoPS.Emulator;
using Xunit;

namespace SunoPS.Tests.Support
{
    /// <summary>
    /// Base of the tests that run cmdlets: a fresh emulator (in-process, clock at 60x) and a fresh runspace per
    /// test, the runspace's session already pointed at the emulator with the test key and fast retries.
    /// </summary>
    public abstract class CmdletTest : IAsyncLifetime
    {
        /// <summary>The accepted key; distinctive, so a search of any output cannot miss it.</summary>
        public const string Key = "sk-xunit-Hq3Vn8Rc5Tz1Wp6Ys0";

        static CmdletTest()
        {
            // The tests own this process's environment: a SUNO_API_KEY or SUNO_API_BASE_URI of the machine running
            // them must not stand in for a key a test removed. Only the ProcessEnvironment tests set them.
            Environment.SetEnvironmentVariable(ProcessEnvironment.KeyVariable, null);
            Environment.SetEnvironmentVariable(ProcessEnvironment.BaseUriVariable, null);
        }

        private SunoEmulator? _emulator;
        private HostedRunspace? _host;

        protected SunoEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

        protected EmulatorState State => Emulator.State;

        protected HostedRunspace Host => _host ?? throw new InvalidOperationException("Not started.");

        /// <summary>Changes the emulator options of this class's tests.</summary>
        protected virtual void Configure(EmulatorOptions options)
        {
        }

        /// <summary>Whether the runspace starts with the test key set (tests of a missing key say no).</summary>
        protected virtual bool SetKeyAtStart => true;

        public async Task InitializeAsync()
        {
            var options = new EmulatorOptions { ApiKey = Key, ClockSpeed = 60, GenerateLimit = 0 };
            Configure(options);
            _emulator = await SunoEmulator.StartAsync(options);
            _host = HostedRunspace.Open();
            if (SetKeyAtStart)
            {
                UseKey(Host, Key, Emulator.ApiUri, Emulator.UploadsUri);
            }
        }

        public async Task DisposeAsync()
        {
            _host?.Dispose();
            if (_emulator != null) await _emulator.DisposeAsync();
        }

        protected ScriptRun Run(string script, IDictionary<string, object?>? variables = null) => Host.Run(script, variables);

        /// <summary>Sets <paramref name="key"/> and <paramref name="baseUri"/> in the runspace, with retries fast enough for tests.</summary>
        public static void UseKey(HostedRunspace host, string key, Uri baseUri, Uri? uploadBaseUri = null) =>
            host.Run("Set-SunoApiKey -ApiKey $k -BaseUri $u -RetryIntervalSec 0.02" + (uploadBaseUri == null ? "" : " -UploadBaseUri $up"),
                new Dictionary<string, object?> { ["k"] = key, ["u"] = baseUri, ["up"] = uploadBaseUri }).AssertClean();

        protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] pairs)
        {
            var variables = new Dictionary<string, object?>();
            foreach (var (name, value) in pairs) variables[name] = value;
            return variables;
        }
    }
}
