using System;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Session;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>
    /// Settings are per runspace: a ThreadJob or ForEach-Object -Parallel runspace never shares a key by accident,
    /// and a runspace that goes away takes its session with it.
    /// </summary>
    public sealed class RunspaceSessionTests : CmdletTest
    {
        private const string OtherKey = "sk-xunit-other-Jm4Kd7Pe2Gx9";

        [Fact]
        public async Task Two_runspaces_use_their_own_key_and_base_URI_even_at_the_same_time()
        {
            await using var other = await SunoEmulator.StartAsync(new EmulatorOptions { ApiKey = OtherKey, ClockSpeed = 60 });
            using var otherHost = HostedRunspace.Open();
            UseKey(otherHost, OtherKey, other.ApiUri);
            // Each emulator accepts only its own key: a key or URI crossing over would fail authentication.
            const string reads = "1..15 | ForEach-Object { Get-SunoCredit }; (Get-SunoApiKey).MaskedKey";

            var runs = await Task.WhenAll(
                Task.Run(() => Host.Run(reads)),
                Task.Run(() => otherHost.Run(reads)));

            Assert.All(runs, run => Assert.Equal(15, run.AssertClean().OutputOf<long>().Count()));
            Assert.Equal("****" + Key[^4..], runs[0].OutputOf<string>().Single());
            Assert.Equal("****" + OtherKey[^4..], runs[1].OutputOf<string>().Single());
            Assert.Equal(15, State.Stats.ApiRequests);
            Assert.Equal(15, other.State.Stats.ApiRequests);
        }

        [Fact]
        public void WhatIf_changes_nothing_and_Remove_SunoApiKey_in_one_runspace_leaves_the_other_alone()
        {
            using var otherHost = HostedRunspace.Open();
            UseKey(otherHost, OtherKey, Emulator.ApiUri);

            var run = Run(@"
                Set-SunoApiKey -ApiKey 'sk-xunit-not-set-Wd4Fs8Ha' -BaseUri 'http://127.0.0.1:9/' -WhatIf
                Remove-SunoApiKey -WhatIf
                Get-SunoApiKey").AssertClean();
            otherHost.Run("Remove-SunoApiKey").AssertClean();

            var info = run.OutputOf<SunoApiKeyInfo>().Single();
            Assert.Equal(("Session", "****" + Key[^4..], Emulator.ApiUri), (info.Source, info.MaskedKey, info.BaseUri));
            Assert.Equal("Session", Run("(Get-SunoApiKey).Source").AssertClean().OutputOf<string>().Single());
        }

        [Fact]
        public void ForEach_Object_Parallel_runspaces_start_without_the_key()
        {
            var run = Run("1..2 | ForEach-Object -Parallel { Import-Module $using:module; (Get-SunoApiKey).Source }; (Get-SunoApiKey).Source",
                Vars(("module", HostedRunspace.ModuleAssemblyPath)));

            Assert.Equal(new[] { "None", "None", "Session" }, run.AssertClean().OutputOf<string>());
        }

        [Fact]
        public void A_runspace_that_goes_away_takes_its_session_and_key_with_it()
        {
            var session = SessionOfADisposedRunspace(Emulator.ApiUri);

            for (var i = 0; i < 20 && session.IsAlive; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (session.IsAlive) Thread.Sleep(50);
            }

            Assert.False(session.IsAlive, "The session of a disposed runspace is still reachable.");
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static WeakReference SessionOfADisposedRunspace(Uri baseUri)
        {
            using var host = HostedRunspace.Open();
            UseKey(host, Key, baseUri);
            host.Run("Get-SunoCredit; 'a', 'b' | Get-SunoTask -ErrorAction SilentlyContinue").AssertClean(); // the session built a client and used it

            var previous = Runspace.DefaultRunspace;
            Runspace.DefaultRunspace = host.Runspace;
            try
            {
                var session = SessionStore.Current;
                Assert.True(session.HasSessionKey);
                return new WeakReference(session);
            }
            finally
            {
                Runspace.DefaultRunspace = previous;
            }
        }

        [Theory]
        [InlineData(Key)]
        [InlineData("sk-short-Zx81")] // under 16 characters: not even the last four are shown
        public void Get_SunoApiKey_shows_no_piece_of_the_key_in_any_property(string key)
        {
            var secure = new System.Net.NetworkCredential("", key).SecurePassword;

            var run = Run("Set-SunoApiKey -ApiKey $plain -BaseUri $u -PassThru; Set-SunoApiKey -ApiKey $secure -PassThru; Get-SunoApiKey",
                Vars(("plain", key), ("secure", secure), ("u", Emulator.ApiUri))).AssertClean();

            var infos = run.OutputOf<SunoApiKeyInfo>().ToList();
            Assert.Equal(3, infos.Count);
            Assert.All(infos, info => Assert.Equal(key.Length >= 16 ? "****" + key[^4..] : "****", info.MaskedKey));
            foreach (var (where, text) in run.Output.SelectMany((o, i) => Secrets.TextsOf(o, "output[" + i + "]")))
            {
                Secrets.AssertAbsent(key, text, where, window: 5);
            }
        }
    }
}
