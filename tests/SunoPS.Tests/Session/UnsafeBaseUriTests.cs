using System;
using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Session
{
    /// <summary>A mistyped base URI variable is an error, never the production API; plain http beyond loopback needs an opt-in.</summary>
    [Collection(ProcessEnvironment.Name)]
    public sealed class UnsafeBaseUriTests : CmdletTest, IDisposable
    {
        private readonly IDisposable _environment = ProcessEnvironment.Isolate();

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("SUNO_UPLOAD_BASE_URI", null);
            _environment.Dispose();
        }

        [Theory]
        [InlineData("SUNO_API_BASE_URI", "htps//localhost:5000")]
        [InlineData("SUNO_API_BASE_URI", "ftp://api.example/")]
        [InlineData("SUNO_API_BASE_URI", "file:///C:/suno")]
        [InlineData("SUNO_UPLOAD_BASE_URI", "not a uri")]
        public void An_invalid_base_uri_variable_is_an_invalid_request_that_names_it(string variable, string value)
        {
            Run("Remove-SunoApiKey");
            ProcessEnvironment.Set(ProcessEnvironment.KeyVariable, Key);
            ProcessEnvironment.Set(variable, value);

            var run = Run("Get-SunoCredit");

            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Contains(variable, error.Exception.Message);
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Fact]
        public void Plain_http_beyond_loopback_is_refused_unless_allowed()
        {
            var run = Run("Get-SunoCredit -BaseUri http://api.example.invalid/");

            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Contains("-AllowUnencryptedAuthentication", error.Exception.Message);
            Assert.DoesNotContain(Key, error.Exception.Message);

            // Opted in, the request goes (and fails only because the host does not exist: a network error).
            Run("Set-SunoApiKey -MaximumRetryCount 0").AssertClean();
            var allowed = Run("Get-SunoCredit -BaseUri http://api.example.invalid/ -AllowUnencryptedAuthentication");
            Assert.DoesNotContain(allowed.AllErrors, e => e.FullyQualifiedErrorId.StartsWith("SunoInvalidRequest,", StringComparison.Ordinal));
        }

        [Fact]
        public void Set_SunoApiKey_opts_the_session_in_and_loopback_needs_nothing()
        {
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>()); // the emulator on loopback http

            Run("Set-SunoApiKey -BaseUri http://api.example.invalid/ -MaximumRetryCount 0 -AllowUnencryptedAuthentication").AssertClean();
            var run = Run("Get-SunoCredit");
            // It was sent (and found no such host), not refused.
            Assert.DoesNotMatch("^SunoInvalidRequest,", Assert.Single(run.AllErrors).FullyQualifiedErrorId);
        }
    }
}
