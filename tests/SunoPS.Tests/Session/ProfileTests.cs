using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Session;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>
    /// Named profiles (Set-SunoApiKey -Name, -Profile per command, Get-SunoApiKey -ListAvailable): the process's, so
    /// every runspace can name one; saved only where the key can be protected. Profiles and $env:SUNO_PROFILE are
    /// process-wide, so these tests run alone.
    /// </summary>
    [Collection(ProcessEnvironment.Name)]
    public sealed class ProfileTests : CmdletTest, IDisposable
    {
        private const string OtherKey = "sk-xunit-profile-Tb6Qw2Lm9Zc4";
        private readonly IDisposable _environment = ProcessEnvironment.Isolate();
        private readonly string _name = "p" + Guid.NewGuid().ToString("N").Substring(0, 8);
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "SunoPS-profiles-" + Guid.NewGuid().ToString("N"));

        protected override bool SetKeyAtStart => false;

        public ProfileTests()
        {
            Environment.SetEnvironmentVariable(SunoProfiles.DefaultProfileVariable, null);
            Environment.SetEnvironmentVariable(SunoProfiles.PathVariable, Path.Combine(_folder, "profiles.json"));
            SunoProfiles.Reset();
        }

        public void Dispose()
        {
            SunoProfiles.ProtectorForTests = null;
            Environment.SetEnvironmentVariable(SunoProfiles.DefaultProfileVariable, null);
            Environment.SetEnvironmentVariable(SunoProfiles.PathVariable, null);
            SunoProfiles.Reset();
            _environment.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        private ScriptRun SetProfile(string extra = "") =>
            Run("Set-SunoApiKey -Name $n -ApiKey $k -BaseUri $u -RetryIntervalSec 0.02 " + extra, Vars(("n", _name), ("k", Key), ("u", Emulator.ApiUri)));

        [Fact]
        public void A_profile_is_used_by_name_in_this_runspace_and_in_parallel_runspaces()
        {
            SetProfile("-WarningAction SilentlyContinue").AssertClean();

            var here = Run("Get-SunoCredit -Profile $n", Vars(("n", _name))).AssertClean();
            var parallel = Run("1..3 | ForEach-Object -Parallel { Import-Module $using:module; Get-SunoCredit -Profile $using:n }",
                Vars(("n", _name), ("module", HostedRunspace.ModuleAssemblyPath))).AssertClean();

            Assert.Equal(10000L, here.OutputOf<long>().Single());
            Assert.Equal(new[] { 10000L, 10000L, 10000L }, parallel.OutputOf<long>());
            Assert.Equal(4, State.Stats.ApiRequests);
            Assert.Equal("None", Run("(Get-SunoApiKey).Source").AssertClean().OutputOf<string>().Single()); // the session itself is untouched
        }

        [Fact]
        public async Task Explicit_beats_profile_beats_session_beats_SUNO_PROFILE_beats_the_environment()
        {
            await using var other = await SunoEmulator.StartAsync(new EmulatorOptions { ApiKey = OtherKey });
            SetProfile("-WarningAction SilentlyContinue").AssertClean();
            string SourceOf(string script) => Run(script, Vars(("n", _name), ("k", OtherKey), ("u", other.ApiUri))).AssertClean()
                .OutputOf<SunoApiKeyInfo>().Single().Source;

            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, OtherKey);
            Assert.Equal("Environment", SourceOf("Get-SunoApiKey"));
            Environment.SetEnvironmentVariable(SunoProfiles.DefaultProfileVariable, _name);
            Assert.Equal("Profile", SourceOf("Get-SunoApiKey"));
            Assert.Equal(10000L, Run("Get-SunoCredit").AssertClean().OutputOf<long>().Single()); // $env:SUNO_PROFILE's emulator

            Run("Set-SunoApiKey -ApiKey $k -BaseUri $u", Vars(("k", OtherKey), ("u", other.ApiUri))).AssertClean();
            Assert.Equal("Session", SourceOf("Get-SunoApiKey"));
            Assert.Equal("Profile", SourceOf("Get-SunoApiKey -Profile $n"));
            Run("Get-SunoCredit; Get-SunoCredit -Profile $n", Vars(("n", _name))).AssertClean();
            Run("Get-SunoCredit -Profile $n -ApiKey $k -BaseUri $u", Vars(("n", _name), ("k", OtherKey), ("u", other.ApiUri))).AssertClean();

            Assert.Equal(2, State.Stats.ApiRequests);
            Assert.Equal(2, other.State.Stats.ApiRequests);
        }

        [Fact]
        public void An_unknown_profile_is_SunoInvalidRequest_and_nothing_is_sent()
        {
            var run = Run("Get-SunoCredit -Profile nosuchprofile");
            Environment.SetEnvironmentVariable(SunoProfiles.DefaultProfileVariable, "alsomissing");
            var fromVariable = Run("Set-SunoApiKey -ApiKey $k -BaseUri $u; Get-SunoCredit", Vars(("k", Key), ("u", Emulator.ApiUri)));

            var unknown = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", unknown.FullyQualifiedErrorId);
            Assert.Contains("Set-SunoApiKey -Name nosuchprofile", unknown.ToString());
            var error = Assert.Single(fromVariable.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Contains("$env:SUNO_PROFILE", error.ToString());
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Fact]
        public void Without_a_protected_store_a_profile_is_kept_for_the_process_and_the_user_is_told_why()
        {
            var set = SetProfile().AssertClean();
            var listed = Run("Get-SunoApiKey -ListAvailable").AssertClean().OutputOf<SunoApiKeyInfo>().Single(i => i.Profile == _name);

            var warning = Assert.Single(set.Warning).Message;
            Assert.Contains("kept for this process only", warning);
            Assert.Contains("DPAPI is Windows-only", warning);
            Assert.False(listed.Persisted);
            Assert.StartsWith("this process only", listed.StoredIn);
            Assert.Equal(("Profile", "****" + Key[^4..]), (listed.Source, listed.MaskedKey));
            Assert.False(Directory.Exists(_folder));
        }

        [Fact]
        public void With_a_protector_a_profile_is_saved_encrypted_read_back_by_a_new_process_and_removed()
        {
            SunoProfiles.ProtectorForTests = new ReversingProtector();
            SetProfile().AssertClean();
            var file = Path.Combine(_folder, "profiles.json");
            var saved = File.ReadAllText(file);
            SunoProfiles.Reset(); // as a new process would start: only the file knows the profile

            var listed = Run("Get-SunoApiKey -ListAvailable").AssertClean().OutputOf<SunoApiKeyInfo>().Single();
            var credit = Run("Get-SunoCredit -Profile $n", Vars(("n", _name))).AssertClean();
            Run("Remove-SunoApiKey -Name $n", Vars(("n", _name))).AssertClean();

            Assert.DoesNotContain(Key, saved);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Key)), saved);
            Assert.Contains(_name, saved);
            Assert.True(listed.Persisted);
            Assert.Equal(_name, listed.Profile);
            Assert.Contains("profiles.json", listed.StoredIn);
            Assert.Equal(10000L, credit.OutputOf<long>().Single());
            Assert.DoesNotContain(_name, File.ReadAllText(file));
            Assert.Empty(Run("Get-SunoApiKey -ListAvailable").AssertClean().Output);
        }

        [Fact]
        public void A_proxy_setting_carries_the_API_requests_and_the_file_downloads()
        {
            const string api = "http://api.sunops-proxy-test.invalid/";
            const string file = "http://files.sunops-proxy-test.invalid/a.mp3";
            using var proxy = new RecordingProxy(line =>
                line.Contains("/generate/credit") ? ("application/json", "{\"code\":200,\"msg\":\"success\",\"data\":321}") :
                line.Contains("/record-info") ? ("application/json", "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t1\",\"status\":\"SUCCESS\"," +
                                                 "\"response\":{\"taskId\":\"t1\",\"sunoData\":[{\"id\":\"a1\",\"audioUrl\":\"" + file + "\",\"duration\":2}]}}}") :
                ("text/html", "<html>a proxy's page, not a song</html>"));
            var folder = Path.Combine(_folder, "saved");

            var run = Run("Set-SunoApiKey -Name $n -ApiKey $k -BaseUri $a -AllowUnencryptedAuthentication -Proxy $p -WarningAction SilentlyContinue\n" +
                          "Get-SunoCredit -Profile $n; (Get-SunoApiKey -Profile $n).Proxy\n" +
                          "Save-SunoTrack -TaskId t1 -Profile $n -Path $f",
                Vars(("n", _name), ("k", Key), ("a", api), ("p", proxy.Uri), ("f", folder)));

            Assert.Equal(321L, run.OutputOf<long>().Single());
            Assert.Equal(proxy.Uri, run.OutputOf<Uri>().Single());
            Assert.Contains("GET " + api + "api/v1/generate/credit HTTP/1.1", proxy.RequestLines);
            Assert.Contains(proxy.RequestLines, l => l.StartsWith("GET " + api + "api/v1/generate/record-info?taskId=t1 ", StringComparison.Ordinal));
            // The file host too: its name is the proxy's to resolve, and what came back is no song, so nothing is saved.
            Assert.Contains("GET " + file + " HTTP/1.1", proxy.RequestLines);
            Assert.StartsWith("SunoDownloadFailed,", Assert.Single(run.AllErrors).FullyQualifiedErrorId);
            Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>());
        }

        /// <summary>Stands in for DPAPI on systems that have none: reversible, and never the plain bytes.</summary>
        private sealed class ReversingProtector : IKeyProtector
        {
            public string Description => "test protector";
            public byte[] Protect(byte[] plain) => plain.Reverse().Select(b => (byte)(b ^ 0x5A)).ToArray();
            public byte[] Unprotect(byte[] protectedBytes) => protectedBytes.Select(b => (byte)(b ^ 0x5A)).Reverse().ToArray();
        }
    }
}
