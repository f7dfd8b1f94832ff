using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>The voice records (suno-api.md §4.23, §6.8): the phrase and the voice id on the task, errorCode 0 as no error.</summary>
    public sealed class VoiceRecordTests
    {
        [Fact]
        public void A_validation_with_its_phrase_ready_is_a_success_with_the_phrase()
        {
            var task = SunoTask.Parse("{\"taskId\":\"xxx_task_id_xxx\",\"validateInfo\":\"Please record this validation phrase clearly.\",\"status\":\"wait_validating\",\"errorCode\":0,\"errorMessage\":\"\"}",
                SunoTaskFamily.VoiceValidation);

            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("wait_validating", task.ApiStatus);
            Assert.Equal("Please record this validation phrase clearly.", task.ValidationPhrase);
            Assert.Null(task.ErrorCode);
            Assert.Null(task.ErrorMessage);
            Assert.Empty(task.Outputs);
        }

        [Fact]
        public void A_voice_gives_its_voice_id()
        {
            var task = SunoTask.Parse("{\"taskId\":\"xxx_task_id_xxx\",\"voiceId\":\"voice_xxx\",\"status\":\"success\",\"errorCode\":0,\"errorMessage\":\"\"}",
                SunoTaskFamily.Voice);

            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("voice_xxx", task.VoiceId);
        }

        [Fact]
        public void A_failed_voice_keeps_its_code_and_message_and_has_no_voice_id()
        {
            var task = SunoTask.Parse("{\"taskId\":\"xxx_task_id_xxx\",\"voiceId\":\"\",\"status\":\"fail\",\"errorCode\":500,\"errorMessage\":\"Verification audio did not match the validation phrase\"}",
                SunoTaskFamily.Voice);

            Assert.Equal(SunoTaskState.Failed, task.State);
            Assert.Equal("GENERATE_VOICE_FAILED", task.Status);
            Assert.Equal(500, task.ErrorCode);
            Assert.Equal("Verification audio did not match the validation phrase", task.ErrorMessage);
            Assert.Null(task.VoiceId);
        }
    }
}
