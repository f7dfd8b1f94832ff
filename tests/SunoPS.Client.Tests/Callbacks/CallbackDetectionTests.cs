using System.Text.Json;
using SunoPS.Client.Callbacks;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>Which family a body is, told by its shape; a given family wins; anything else is a structured error.</summary>
    public sealed class CallbackDetectionTests
    {
        [Theory]
        [InlineData(nameof(DocumentedCallbacks.MusicComplete), SunoTaskFamily.Music)]
        [InlineData(nameof(DocumentedCallbacks.MusicText), SunoTaskFamily.Music)]
        [InlineData(nameof(DocumentedCallbacks.MusicError), SunoTaskFamily.Music)]
        [InlineData(nameof(DocumentedCallbacks.MusicKieError), SunoTaskFamily.Music)]
        [InlineData(nameof(DocumentedCallbacks.LyricsComplete), SunoTaskFamily.Lyrics)]
        [InlineData(nameof(DocumentedCallbacks.LyricsError), SunoTaskFamily.Lyrics)]
        [InlineData(nameof(DocumentedCallbacks.WavComplete), SunoTaskFamily.Wav)]
        [InlineData(nameof(DocumentedCallbacks.WavFailed), SunoTaskFamily.Wav)]
        [InlineData(nameof(DocumentedCallbacks.SeparationComplete), SunoTaskFamily.Separation)]
        [InlineData(nameof(DocumentedCallbacks.SeparationFailed), SunoTaskFamily.Separation)]
        [InlineData(nameof(DocumentedCallbacks.MidiComplete), SunoTaskFamily.Midi)]
        [InlineData(nameof(DocumentedCallbacks.VideoComplete), SunoTaskFamily.Video)]
        [InlineData(nameof(DocumentedCallbacks.VideoFailed), SunoTaskFamily.Video)]
        [InlineData(nameof(DocumentedCallbacks.CoverArtComplete), SunoTaskFamily.CoverArt)]
        [InlineData(nameof(DocumentedCallbacks.CoverArtFailed), SunoTaskFamily.CoverArt)]
        [InlineData(nameof(DocumentedCallbacks.VoiceValidation), SunoTaskFamily.VoiceValidation)]
        [InlineData(nameof(DocumentedCallbacks.VoiceSuccess), SunoTaskFamily.Voice)]
        [InlineData(nameof(DocumentedCallbacks.VoiceFailed), SunoTaskFamily.Voice)]
        [InlineData(nameof(DocumentedCallbacks.Recovery), SunoTaskFamily.Recovery)]
        public void Every_documented_body_is_told_by_its_shape(string example, SunoTaskFamily family)
        {
            var body = (string)typeof(DocumentedCallbacks).GetField(example)!.GetValue(null)!;
            using (var document = JsonDocument.Parse(body))
            {
                Assert.Equal(family, CallbackAdapters.Detect(document.RootElement)!.Family);
            }

            Assert.Equal(family, CallbackReader.Read(body).Family);
        }

        [Fact]
        public void Every_family_has_a_callback_adapter()
        {
            foreach (SunoTaskFamily family in System.Enum.GetValues(typeof(SunoTaskFamily)))
            {
                Assert.Equal(family, CallbackAdapters.For(family).Family);
            }
        }

        [Fact]
        public void A_given_family_wins_over_the_shape()
        {
            // A WAV body read as a video is a video task without a URL: a failed one, but of the family asked for.
            var task = CallbackReader.Read(DocumentedCallbacks.WavComplete, SunoTaskFamily.Video);

            Assert.Equal(SunoTaskFamily.Video, task.Family);
            Assert.Equal("988e****c8d3", task.TaskId);
        }

        [Fact]
        public void An_azure_webhook_object_is_unwrapped_from_its_request_body_text()
        {
            var webhook = JsonSerializer.Serialize(new
            {
                WebhookName = "suno-done",
                RequestBody = DocumentedCallbacks.WavComplete,
                RequestHeader = new { ContentType = "application/json" },
            });

            var task = CallbackReader.Read(webhook);

            Assert.Equal((SunoTaskFamily.Wav, "988e****c8d3", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.State));
        }

        [Fact]
        public void An_azure_webhook_object_whose_request_body_is_an_object_is_unwrapped_too()
        {
            var webhook = "{\"WebhookName\":\"suno-done\",\"RequestBody\":" + DocumentedCallbacks.MusicError + "}";

            Assert.Equal(SunoTaskState.Failed, CallbackReader.Read(webhook).State);
        }

        [Theory]
        [InlineData("", "empty")]
        [InlineData("   ", "empty")]
        [InlineData("{not json", "not valid JSON")]
        [InlineData("[1,2]", "not a JSON object")]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"something\":\"else\"}}", "none of the documented callback shapes")]
        [InlineData("{\"code\":200,\"data\":{\"callbackType\":\"complete\",\"task_id\":\"\",\"data\":[]}}", "names no task id")]
        [InlineData("{\"WebhookName\":\"w\",\"RequestBody\":\"\"}", "RequestBody is empty")]
        [InlineData("{\"WebhookName\":\"w\",\"RequestBody\":\"<xml/>\"}", "RequestBody is not valid JSON")]
        public void A_body_that_is_no_callback_is_a_malformed_response_error_that_says_why(string body, string says)
        {
            var error = Assert.Throws<SunoException>(() => CallbackReader.Read(body));

            Assert.Equal(SunoErrorKind.MalformedResponse, error.Kind);
            Assert.Contains(says, error.Message);
            Assert.DoesNotContain("-Family", error.Message); // the client names no parameter
            Assert.DoesNotContain("ConvertFrom", error.Message);
        }
    }
}
