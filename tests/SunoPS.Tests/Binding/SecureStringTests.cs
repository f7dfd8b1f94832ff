using System.Linq;
using System.Management.Automation;
using System.Net;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Binding
{
    /// <summary>Set-SunoApiKey takes a SecureString, or a plain string (scripts, CI variables) it converts at once.</summary>
    public sealed class SecureStringTests : CmdletTest
    {
        protected override bool SetKeyAtStart => false;

        [Fact]
        public void Takes_a_SecureString()
        {
            var secure = new NetworkCredential("", Key).SecurePassword;

            var run = Run("Set-SunoApiKey -ApiKey $k -BaseUri $u; Get-SunoCredit", Vars(("k", secure), ("u", Emulator.ApiUri)));

            Assert.Equal(10000L, Assert.Single(run.AssertClean().OutputOf<long>()));
        }

        [Theory]
        [InlineData("Set-SunoApiKey -ApiKey $k -BaseUri $u")]
        [InlineData("Set-SunoApiKey $k $u")]
        [InlineData("$k | Set-SunoApiKey -BaseUri $u")]
        [InlineData("Set-SunoApiKey -ApiKey ([psobject]$k) -BaseUri $u")]
        public void Takes_a_plain_string_however_it_is_bound(string setKey)
        {
            var run = Run(setKey + "; (Get-SunoApiKey).Source; Get-SunoCredit", Vars(("k", Key), ("u", Emulator.ApiUri)));

            Assert.Equal(new object[] { "Session", 10000L }, run.AssertClean().Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void Refuses_a_value_that_is_neither_and_keeps_the_session_as_it_was()
        {
            var run = Run("Set-SunoApiKey -ApiKey 12345 -BaseUri 'http://127.0.0.1:9/'; Get-SunoApiKey");

            var error = Assert.IsAssignableFrom<ParameterBindingException>(Assert.Single(run.Errors).Exception);
            Assert.Equal("ApiKey", error.ParameterName);
            var info = Assert.Single(run.OutputOf<SunoApiKeyInfo>());
            Assert.Equal("None", info.Source);
            Assert.Equal("https://api.sunoapi.org/", info.BaseUri.AbsoluteUri);
        }

        [Fact]
        public void Refuses_an_empty_string_as_a_key()
        {
            var run = Run("Set-SunoApiKey -ApiKey ''; (Get-SunoApiKey).Source");

            Assert.StartsWith("SunoApiKeyMissing,", Assert.Single(run.Errors).FullyQualifiedErrorId);
            Assert.Equal("None", Assert.Single(run.Output).BaseObject);
        }
    }
}
