using System.Linq;
using System.Management.Automation;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Errors
{
    /// <summary>
    /// What the README's error table promises for 503, 408/504 and 429, through the cmdlets against the emulator,
    /// whether the status comes with the API's envelope, in the body of an HTTP 200, or as a proxy's page.
    /// </summary>
    public sealed class StatusErrorTests : CmdletTest
    {
        private const string RecordInfo = "/api/v1/generate/record-info";

        private long Reads => State.Stats.RequestsByPath.TryGetValue(RecordInfo, out var n) ? n : 0;

        [Theory]
        [InlineData(FaultKind.HttpStatus, 503, ErrorCategory.ResourceUnavailable)]
        [InlineData(FaultKind.BodyCode, 503, ErrorCategory.ResourceUnavailable)]
        [InlineData(FaultKind.Html, 503, ErrorCategory.ResourceUnavailable)]
        [InlineData(FaultKind.HttpStatus, 504, ErrorCategory.OperationTimeout)]
        [InlineData(FaultKind.BodyCode, 504, ErrorCategory.OperationTimeout)]
        [InlineData(FaultKind.Html, 504, ErrorCategory.OperationTimeout)]
        [InlineData(FaultKind.HttpStatus, 408, ErrorCategory.OperationTimeout)]
        [InlineData(FaultKind.BodyCode, 408, ErrorCategory.OperationTimeout)]
        public void Unavailable_and_no_answer_in_time_are_SunoServiceUnavailable_after_the_retries(FaultKind kind, int code,
            ErrorCategory category)
        {
            var id = State.SeedTasks(1).Single();
            Run("Set-SunoApiKey -MaximumRetryCount 2").AssertClean();
            State.AddFault(new FaultSpec { Kind = kind, Code = code, Count = -1 });

            var run = Run("Get-SunoTask $id -ErrorAction Stop", Vars(("id", id)));

            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoServiceUnavailable,", error.FullyQualifiedErrorId);
            Assert.Equal(category, error.CategoryInfo.Category);
            Assert.Equal(id, error.TargetObject);
            Assert.Equal(3, Reads);
        }

        [Fact]
        public void Http_429_with_retry_after_is_ridden_out()
        {
            var id = State.SeedTasks(1).Single();
            State.AddFault(new FaultSpec { Kind = FaultKind.HttpStatus, Code = 429, Count = 1, RetryAfterSeconds = 1 });

            var run = Run("Get-SunoTask $id -ErrorAction Stop", Vars(("id", id))).AssertClean();

            Assert.Equal("SUCCESS", run.OutputOf<SunoTask>().Single().Status);
            Assert.Equal(2, Reads);
        }

        [Fact]
        public void Http_429_with_retry_after_that_lasts_is_SunoRateLimited()
        {
            Run("Set-SunoApiKey -MaximumRetryCount 1 -RetryIntervalSec 0").AssertClean();
            State.AddFault(new FaultSpec { Kind = FaultKind.HttpStatus, Code = 429, Count = -1, RetryAfterSeconds = 1 });

            var run = Run("Get-SunoTask 'abc' -ErrorAction Stop");

            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoRateLimited,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
            Assert.Equal(2, Reads);
        }

        [Fact]
        public void Credits_run_out_as_SunoInsufficientCredits_also_when_errors_come_as_http_statuses()
        {
            State.ErrorsAsHttpStatus = true;
            State.Credits = 0;

            var run = Run("New-SunoMusic -Prompt 'A calm piano track' -Confirm:$false");

            Assert.StartsWith("SunoInsufficientCredits,", Assert.Single(run.AllErrors).FullyQualifiedErrorId);
            Assert.Equal(1, State.Stats.RequestsByPath["/api/v1/generate"]);
        }
    }
}
