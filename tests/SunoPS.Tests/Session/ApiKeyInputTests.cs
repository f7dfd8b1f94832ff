using System.Linq;
using System.Management.Automation;
using System.Net;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>
    /// Set-SunoApiKey drops blanks around a key and refuses one that could never be sent in an HTTP header,
    /// before it replaces the key in effect, and without ever quoting it.
    /// </summary>
    public sealed class ApiKeyInputTests : CmdletTest
    {
        // Pieces a refused key is made of, so a search of the error record cannot miss any part of it.
        private const string Head = "sk-Rf7Tb2Gh5";
        private const string Tail = "Lm9Qc4Wn1Vd6";

        [Theory]
        [InlineData("   ")]
        [InlineData("\t \r\n")]
        public void A_blank_key_is_no_key(string key)
        {
            var run = Run("Set-SunoApiKey -ApiKey $k; (Get-SunoApiKey).MaskedKey", Vars(("k", key)));

            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoApiKeyMissing,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal("****" + Key[^4..], run.OutputOf<string>().Single()); // the key in effect is kept
        }

        [Theory]
        [InlineData("\n", "control character")]
        [InlineData("\r\n", "control character")]
        [InlineData("\t", "control character")]
        [InlineData(" ", "space")]
        [InlineData("é", "not ASCII")]
        [InlineData("\u00a0", "not ASCII")]
        public void A_key_that_cannot_be_sent_is_refused_without_being_quoted(string inside, string problem)
        {
            var key = Head + inside + Tail; // built here: test names show their data, and a key must show nowhere
            var run = Run("Set-SunoApiKey -ApiKey $k -BaseUri 'http://127.0.0.1:9/'; Get-SunoApiKey; Get-SunoCredit", Vars(("k", key)));

            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Null(error.TargetObject);
            Assert.Contains(problem, error.ToString());
            Assert.Contains("printable ASCII", error.ToString());
            foreach (var (where, text) in Secrets.TextsOf(error, "the error record"))
            {
                Secrets.AssertAbsent(Head, text, where, window: 6);
                Secrets.AssertAbsent(Tail, text, where, window: 6);
            }

            // Nothing changed: neither the key nor the base URI given with it.
            var info = run.OutputOf<SunoApiKeyInfo>().Single();
            Assert.Equal(("****" + Key[^4..], Emulator.ApiUri), (info.MaskedKey, info.BaseUri));
            Assert.Single(run.OutputOf<long>());
        }

        [Fact]
        public void A_SecureString_key_is_checked_the_same_way()
        {
            var secure = new NetworkCredential("", Head + "\n" + Tail).SecurePassword;

            var run = Run("Set-SunoApiKey -ApiKey $k", Vars(("k", secure)));

            Assert.StartsWith("SunoInvalidRequest,", Assert.Single(run.Errors).FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("  ", "  ")]
        [InlineData("", "\n")]
        [InlineData("\t", "\r\n")]
        public void Blanks_around_a_key_are_dropped(string before, string after)
        {
            Run("Remove-SunoApiKey").AssertClean();

            var run = Run("Set-SunoApiKey -ApiKey $k -BaseUri $u -PassThru; Get-SunoCredit",
                Vars(("k", before + Key + after), ("u", Emulator.ApiUri))).AssertClean();

            Assert.Equal("****" + Key[^4..], run.OutputOf<SunoApiKeyInfo>().Single().MaskedKey);
            Assert.Equal(10000L, run.OutputOf<long>().Single()); // the emulator accepts only the exact key
        }
    }
}
