using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>Get-SunoApiKey (and Set-SunoApiKey -PassThru) show the connection settings in effect, defaults included.</summary>
    public sealed class EffectiveSettingsTests : CmdletTest
    {
        protected override bool SetKeyAtStart => false;

        [Fact]
        public void Nothing_set_shows_the_defaults_the_requests_use()
        {
            var info = Run("Get-SunoApiKey").AssertClean().OutputOf<SunoApiKeyInfo>().Single();

            Assert.Equal((4, 1.0, 60.0), (info.MaximumRetryCount, info.RetryIntervalSec, info.TimeoutSec));
        }

        [Fact]
        public void A_key_alone_keeps_the_defaults_and_PassThru_shows_them()
        {
            var run = Run("Set-SunoApiKey -ApiKey $k -PassThru; Get-SunoApiKey", Vars(("k", Key))).AssertClean();

            Assert.All(run.OutputOf<SunoApiKeyInfo>(),
                info => Assert.Equal((4, 1.0, 60.0), (info.MaximumRetryCount, info.RetryIntervalSec, info.TimeoutSec)));
            Assert.Equal(2, run.Output.Count);
        }

        [Fact]
        public void What_was_set_is_shown_and_the_rest_stay_defaults_until_removed()
        {
            var run = Run(@"
                Set-SunoApiKey -MaximumRetryCount 2 -PassThru
                Set-SunoApiKey -TimeoutSec 15
                Get-SunoApiKey
                Remove-SunoApiKey
                Get-SunoApiKey").AssertClean();

            var infos = run.OutputOf<SunoApiKeyInfo>().ToList();
            Assert.Equal((2, 1.0, 60.0), (infos[0].MaximumRetryCount, infos[0].RetryIntervalSec, infos[0].TimeoutSec));
            Assert.Equal((2, 1.0, 15.0), (infos[1].MaximumRetryCount, infos[1].RetryIntervalSec, infos[1].TimeoutSec));
            Assert.Equal((4, 1.0, 60.0), (infos[2].MaximumRetryCount, infos[2].RetryIntervalSec, infos[2].TimeoutSec));
        }

        [Fact]
        public void Format_List_shows_no_blank_setting()
        {
            var text = string.Concat(Run("Get-SunoApiKey | Format-List * | Out-String").AssertClean().OutputOf<string>());

            Assert.Matches(@"MaximumRetryCount\s*:\s*4\b", text);
            Assert.Matches(@"RetryIntervalSec\s*:\s*1\b", text);
            Assert.Matches(@"TimeoutSec\s*:\s*60\b", text);
        }
    }
}
