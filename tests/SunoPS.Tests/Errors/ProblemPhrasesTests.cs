using System.Linq;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Errors;
using Xunit;

namespace SunoPS.Tests.Errors
{
    /// <summary>The client's structured problems become sentences that name this module's parameters, here and only here.</summary>
    public sealed class ProblemPhrasesTests
    {
        [Theory]
        [InlineData("prompt", "-Prompt")]
        [InlineData("styleWeight", "-StyleWeight")]
        [InlineData("callBackUrl", "-CallbackUri")]
        [InlineData("audioId", "-AudioId")]
        [InlineData("type", "-Mode")]
        [InlineData("stemName", "-StemName")]
        [InlineData("voiceUrl", "-UploadUri")]
        [InlineData("verifyUrl", "-UploadUri")]
        [InlineData("vocalStartS", "-VocalStart")]
        [InlineData("vocalEndS", "-VocalEnd")]
        [InlineData("voiceName", "-Name")]
        [InlineData("calBackUrl", "-CallbackUri")]
        [InlineData("task_id", "-TaskId")]
        public void A_field_is_named_by_its_parameter(string field, string parameter) =>
            Assert.Equal(parameter, ProblemPhrases.ParameterOf(field));

        [Fact]
        public void Each_rule_reads_as_a_sentence()
        {
            Assert.Equal("-Style is required in custom mode.",
                ProblemPhrases.Describe(new SunoProblem("style", SunoProblemRule.Required) { Condition = "custom mode" }));
            Assert.Equal("-Title has 120 characters; V4 allows 80.",
                ProblemPhrases.Describe(new SunoProblem("title", SunoProblemRule.TooLong) { Value = 120, Limit = 80, Condition = "V4" }));
            Assert.Equal("-StyleWeight must be a number between 0 and 1.",
                ProblemPhrases.Describe(new SunoProblem("styleWeight", SunoProblemRule.OutOfRange) { Minimum = 0, Maximum = 1 }));
            Assert.Equal("-VocalGender must be 'm' or 'f', not 'x'.",
                ProblemPhrases.Describe(new SunoProblem("vocalGender", SunoProblemRule.NotAllowedValue) { Value = "x", Allowed = new[] { "m", "f" } }));
            Assert.Equal("-CallbackUri must be an absolute http or https URL.",
                ProblemPhrases.Describe(new SunoProblem("callBackUrl", SunoProblemRule.NotHttpUrl)));
            Assert.Equal("-VocalEnd (5) must be later than -VocalStart.",
                ProblemPhrases.Describe(new SunoProblem("vocalEndS", SunoProblemRule.NotAfter) { Value = 5, RelatedField = "vocalStartS" }));
            Assert.Equal("-VocalStart must be at least 0.",
                ProblemPhrases.Describe(new SunoProblem("vocalStartS", SunoProblemRule.OutOfRange) { Minimum = 0 }));
            Assert.Equal("-StemName is required in split_stem_advanced.",
                ProblemPhrases.Describe(new SeparateRequest { TaskId = "t", AudioId = "a", Mode = SunoSeparationMode.SplitStemAdvanced }.Validate().Single()));
        }

        [Fact]
        public void A_refused_request_is_SunoInvalidRequest_naming_every_parameter_at_fault()
        {
            var problems = new GenerateMusicRequest { CustomMode = true, Model = "V5" }.Validate();
            var record = ErrorRecordFactory.Problems(problems, "target");

            Assert.Equal("SunoInvalidRequest", record.FullyQualifiedErrorId);
            Assert.Contains("-Style is required", record.Exception.Message);
            Assert.Contains("-Title is required", record.Exception.Message);
            Assert.Contains("-Prompt is required", record.Exception.Message);
            Assert.Equal(problems, ((SunoException)record.Exception.InnerException!).Problems);
        }

        [Fact]
        public void A_submission_that_may_have_been_accepted_says_how_to_check()
        {
            var record = ErrorRecordFactory.From(new SunoException(SunoErrorKind.Timeout, "No answer in time.") { MayHaveBeenAccepted = true });

            Assert.Equal("SunoServiceUnavailable", record.FullyQualifiedErrorId);
            Assert.Contains("Get-SunoCredit", record.ErrorDetails!.Message);
            Assert.Equal(ErrorRecordFactory.CheckBeforeResubmitting, record.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void The_client_names_no_cmdlet_in_a_problem()
        {
            var problems = new ConvertToWavRequest { CallbackUrl = "not a url" }.Validate();
            Assert.Equal(new[] { "taskId", "audioId", "callBackUrl" }, problems.Select(p => p.Field));
            Assert.All(problems, p => Assert.DoesNotContain("-", p.ToString().Split(':')[0]));
        }
    }
}
