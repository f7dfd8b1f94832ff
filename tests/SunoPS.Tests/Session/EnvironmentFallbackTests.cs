using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>
    /// $env:SUNO_API_KEY and $env:SUNO_API_BASE_URI fill in what Set-SunoApiKey did not set, and are read when a
    /// request is made, so a runbook that changes them needs no new Set-SunoApiKey.
    /// </summary>
    [Collection(ProcessEnvironment.Name)]
    public sealed class EnvironmentFallbackTests : CmdletTest, IDisposable
    {
        private readonly IDisposable _environment = ProcessEnvironment.Isolate();

        protected override bool SetKeyAtStart => false;

        public void Dispose() => _environment.Dispose();

        [Fact]
        public async Task The_variables_are_read_at_request_time()
        {
            await using var other = await SunoEmulator.StartAsync(new EmulatorOptions { ApiKey = null }); // any key
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, Key);
            ProcessEnvironment.Set(ProcessEnvironment.BaseUriVariable, Emulator.ApiUri.AbsoluteUri);
            Assert.Equal(10000L, Run("Get-SunoCredit").AssertClean().OutputOf<long>().Single());

            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, "sk-xunit-changed-Lb5Nc1Vq");
            var rejected = Run("Get-SunoCredit");
            Assert.StartsWith("SunoAuthenticationFailed,", Assert.Single(rejected.AllErrors).FullyQualifiedErrorId);

            ProcessEnvironment.Set(ProcessEnvironment.BaseUriVariable, other.ApiUri.AbsoluteUri);
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>());

            Assert.Equal(2, State.Stats.ApiRequests);
            Assert.Equal(1, other.State.Stats.ApiRequests);
        }

        [Fact]
        public void The_session_wins_and_Remove_SunoApiKey_hands_back_to_the_environment()
        {
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, "sk-xunit-environment-Tg6Hy2Mu");
            UseKey(Host, Key, Emulator.ApiUri);

            var run = Run("(Get-SunoApiKey).Source; Get-SunoCredit; Remove-SunoApiKey; (Get-SunoApiKey).Source").AssertClean();

            Assert.Equal(new object[] { "Session", 10000L, "Environment" }, run.Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void A_key_with_blanks_around_it_is_used_without_them()
        {
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, "  " + Key + " ");
            ProcessEnvironment.Set(ProcessEnvironment.BaseUriVariable, Emulator.ApiUri.AbsoluteUri);

            var run = Run("Get-SunoApiKey; Get-SunoCredit").AssertClean();

            Assert.Equal("****" + Key[^4..], run.OutputOf<SunoApiKeyInfo>().Single().MaskedKey);
            Assert.Single(run.OutputOf<long>());
        }

        [Fact]
        public void A_blank_variable_is_no_key()
        {
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, "   ");
            ProcessEnvironment.Set(ProcessEnvironment.BaseUriVariable, Emulator.ApiUri.AbsoluteUri);

            var info = Run("Get-SunoApiKey").AssertClean().OutputOf<SunoApiKeyInfo>().Single();
            var credit = Run("Get-SunoCredit");
            var tasks = Run("'a', 'b' | Get-SunoTask");

            Assert.Equal("None", info.Source);
            Assert.False(info.IsSet);
            Assert.Null(info.MaskedKey);
            Assert.StartsWith("SunoApiKeyMissing,", Assert.Single(credit.AllErrors).FullyQualifiedErrorId);
            Assert.StartsWith("SunoApiKeyMissing,", Assert.Single(tasks.AllErrors).FullyQualifiedErrorId);
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Theory]
        [InlineData("\n", "control character")]
        [InlineData(" ", "space")]
        [InlineData("ñ", "not ASCII")]
        public void A_variable_key_that_cannot_be_sent_fails_at_once_and_is_never_shown(string inside, string problem)
        {
            // The key is built here: test names show their data, and a key must show nowhere.
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, "sk-Kp3Dw8Jq1" + inside + "Ys5Hb2Tc");
            ProcessEnvironment.Set(ProcessEnvironment.BaseUriVariable, Emulator.ApiUri.AbsoluteUri);

            var credit = Run("Get-SunoCredit -Verbose -Debug");
            var tasks = Run("'a', 'b' | Get-SunoTask");

            var error = Assert.Single(credit.AllErrors);
            Assert.StartsWith("SunoAuthenticationFailed,", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains(problem, error.ToString());
            Assert.Contains("SUNO_API_KEY", error.ToString());
            Assert.StartsWith("SunoAuthenticationFailed,", Assert.Single(tasks.AllErrors).FullyQualifiedErrorId); // stops the batch
            Assert.Equal(0, State.Stats.ApiRequests); // nothing sent, nothing retried
            var texts = Secrets.TextsOf(error, "the error record")
                .Concat(credit.Verbose.Select(v => ("verbose", v.Message)))
                .Concat(credit.Debug.Select(d => ("debug", d.Message)));
            foreach (var (where, text) in texts)
            {
                Secrets.AssertAbsent("sk-Kp3Dw8Jq1", text, where, window: 6);
                Secrets.AssertAbsent("Ys5Hb2Tc", text, where, window: 6);
            }
        }

        [Fact]
        public void Get_SunoApiKey_shows_no_piece_of_a_key_from_the_environment()
        {
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, Key);

            var run = Run("Get-SunoApiKey").AssertClean();

            var info = run.OutputOf<SunoApiKeyInfo>().Single();
            Assert.Equal("Environment", info.Source);
            foreach (var (where, text) in Secrets.TextsOf(run.Output[0], "Get-SunoApiKey"))
            {
                Secrets.AssertAbsent(Key, text, where, window: 5);
            }
        }
    }
}
