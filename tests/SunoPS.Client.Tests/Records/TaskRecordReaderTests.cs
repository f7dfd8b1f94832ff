using System;
using System.Linq;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Records
{
    /// <summary>Record parsing from literal JSON, verbatim from suno-api.md §9, and the quirks of §10.</summary>
    public sealed class TaskRecordReaderTests
    {
        // §9.1: PENDING, response null, param a JSON string, createTime epoch ms.
        private const string Pending = @"{
            ""taskId"": ""09c0edbd9dc50df9b6174a7b240bbcba"",
            ""parentMusicId"": """",
            ""param"": ""{\""callBackUrl\"":\""https://httpbin.org/post\"",\""customMode\"":true,\""instrumental\"":false,\""model\"":\""V4\"",\""prompt\"":\""A calm piano melody about rain\"",\""style\"":\""Classical\"",\""title\"":\""Rainy Memories\""}"",
            ""response"": null,
            ""status"": ""PENDING"",
            ""type"": ""chirp-v4"",
            ""operationType"": ""generate"",
            ""errorCode"": null,
            ""errorMessage"": null,
            ""createTime"": 1776340072000
        }";

        // §9.2: SUCCESS, upload-cover, two tracks with source URLs and epoch-ms track times.
        private const string Success = @"{
          ""taskId"":""7d9e4d9ed34ba8096fcdd5782ff94dfe"",
          ""parentMusicId"":"""",
          ""param"":""{\""audioWeight\"":0.65,\""callBackUrl\"":\""https://webhook.site/5a065819-8531-40cf-9595-49f86ea0252d\"",\""customMode\"":false,\""instrumental\"":true,\""model\"":\""V4\"",\""negativeTags\"":\""Upbeat Drums\"",\""personaId\"":\""persona_123\"",\""prompt\"":\""Heavy Metal e-guitar music\"",\""style\"":\""Classical\"",\""styleWeight\"":0.65,\""title\"":\""Peaceful Piano Meditation\"",\""uploadUrl\"":\""https://github.com/DCP-INS/Groove/raw/refs/heads/main/Stimuli/-wav/Danno.wav\"",\""vocalGender\"":\""m\"",\""weirdnessConstraint\"":0.65}"",
          ""response"":{""taskId"":""7d9e4d9ed34ba8096fcdd5782ff94dfe"",""sunoData"":[
            {""id"":""6471dc8b-0883-47bc-bc5e-11fa0c4316af"",
             ""audioUrl"":""https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm.mp3"",
             ""sourceAudioUrl"":""https://cdn1.suno.ai/6471dc8b-0883-47bc-bc5e-11fa0c4316af.mp3"",
             ""streamAudioUrl"":""https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm"",
             ""sourceStreamAudioUrl"":""https://cdn1.suno.ai/6471dc8b-0883-47bc-bc5e-11fa0c4316af.mp3"",
             ""imageUrl"":""https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm.jpeg"",
             ""sourceImageUrl"":""https://cdn2.suno.ai/image_6471dc8b-0883-47bc-bc5e-11fa0c4316af.jpeg"",
             ""prompt"":""[Instrumental]"",""modelName"":""chirp-v4"",""title"":""Infernal Reign"",
             ""tags"":""metal, distorted e-guitars, aggressive, growling male vocals, heavy metal, thunderous drums"",
             ""createTime"":1764690794449,""duration"":47.76},
            {""id"":""11945c94-bdf0-4c83-8672-0a24ad309a11"",
             ""audioUrl"":""https://musicfile.api.box/MTE5NDVjOTQtYmRmMC00YzgzLTg2NzItMGEyNGFkMzA5YTEx.mp3"",
             ""sourceAudioUrl"":""https://cdn1.suno.ai/11945c94-bdf0-4c83-8672-0a24ad309a11.mp3"",
             ""streamAudioUrl"":""https://musicfile.api.box/MTE5NDVjOTQtYmRmMC00YzgzLTg2NzItMGEyNGFkMzA5YTEx"",
             ""sourceStreamAudioUrl"":""https://cdn1.suno.ai/11945c94-bdf0-4c83-8672-0a24ad309a11.mp3"",
             ""imageUrl"":""https://musicfile.api.box/MTE5NDVjOTQtYmRmMC00YzgzLTg2NzItMGEyNGFkMzA5YTEx.jpeg"",
             ""sourceImageUrl"":""https://cdn2.suno.ai/image_11945c94-bdf0-4c83-8672-0a24ad309a11.jpeg"",
             ""prompt"":""[Instrumental]"",""modelName"":""chirp-v4"",""title"":""Infernal Reign"",
             ""tags"":""metal, distorted e-guitars, aggressive, growling male vocals, heavy metal, thunderous drums"",
             ""createTime"":1764690794449,""duration"":217.4}]},
          ""status"":""SUCCESS"",""type"":""chirp-v4"",""operationType"":""upload_cover"",
          ""errorCode"":null,""errorMessage"":null,""createTime"":1764690657000}";

        // §9.4: a failed record; the envelope says success, the failure is in status, errorCode and errorMessage.
        private const string Failed = @"{""taskId"":""5c79****be8e"",""parentMusicId"":"""",""param"":""{\""prompt\"":\""一首平静舒缓的钢琴曲\"",\""style\"":\""平静, 舒缓, 钢琴\""}"",""response"":{""taskId"":""5c79****be8e"",""sunoData"":[],""errorMessage"":""生成失败,请重试或联系客服""},""status"":""GENERATE_AUDIO_FAILED"",""type"":""GENERATE"",""errorCode"":501,""errorMessage"":""生成失败,请重试或联系客服""}";

        [Fact]
        public void Pending_record_has_no_tracks_and_its_param_string_is_parsed()
        {
            var task = SunoTask.Parse(Pending);

            Assert.Equal("09c0edbd9dc50df9b6174a7b240bbcba", task.TaskId);
            Assert.Equal("PENDING", task.Status);
            Assert.False(task.IsCompleted);
            Assert.False(task.IsFailed);
            Assert.Empty(task.Tracks);
            Assert.Null(task.ParentMusicId); // "" means none
            Assert.Null(task.ErrorCode);
            Assert.Null(task.ErrorMessage);
            Assert.Equal("generate", task.OperationType);
            Assert.Equal("chirp-v4", task.Type);

            Assert.Equal("A calm piano melody about rain", task.Prompt);
            Assert.Equal("Classical", task.Style);
            Assert.Equal("Rainy Memories", task.Title);
            Assert.Equal("V4", task.Model);
            Assert.True(task.CustomMode);
            Assert.False(task.Instrumental);
            Assert.Equal("https://httpbin.org/post", task.Parameters["callBackUrl"]);
            Assert.Equal(7, task.Parameters.Count);
            Assert.StartsWith("{\"callBackUrl\"", task.Parameters.ToString());

            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1776340072000), task.CreatedAt);
            Assert.Equal("09c0edbd9dc50df9b6174a7b240bbcba", task.ToString());
        }

        [Fact]
        public void Success_record_keeps_both_tracks_with_every_url()
        {
            var task = SunoTask.Parse(Success);

            Assert.True(task.IsCompleted);
            Assert.False(task.IsFailed);
            Assert.Equal("upload_cover", task.OperationType);
            Assert.Equal(2, task.Tracks.Count);

            var first = task.Tracks[0];
            Assert.Equal("6471dc8b-0883-47bc-bc5e-11fa0c4316af", first.Id);
            Assert.Equal("7d9e4d9ed34ba8096fcdd5782ff94dfe", first.TaskId);
            Assert.Equal("Infernal Reign", first.Title);
            Assert.Equal("[Instrumental]", first.Lyrics);
            Assert.Equal("chirp-v4", first.ModelName);
            Assert.StartsWith("metal, distorted", first.Tags);
            Assert.Equal(47.76, first.Duration);
            Assert.Equal("https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm.mp3", first.AudioUrl);
            Assert.Equal("https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm", first.StreamAudioUrl);
            Assert.Equal("https://musicfile.api.box/NjQ3MWRjOGItMDg4My00N2JjLWJjNWUtMTFmYTBjNDMxNmFm.jpeg", first.ImageUrl);
            Assert.Equal("https://cdn1.suno.ai/6471dc8b-0883-47bc-bc5e-11fa0c4316af.mp3", first.SourceAudioUrl);
            Assert.Equal("https://cdn1.suno.ai/6471dc8b-0883-47bc-bc5e-11fa0c4316af.mp3", first.SourceStreamAudioUrl);
            Assert.Equal("https://cdn2.suno.ai/image_6471dc8b-0883-47bc-bc5e-11fa0c4316af.jpeg", first.SourceImageUrl);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764690794449), first.CreatedAt);
            Assert.True(first.IsDownloadable);
            Assert.True(first.IsPlayable);
            Assert.Equal(217.4, task.Tracks[1].Duration);

            // Numbers in param come through as numbers, unknown request fields are kept.
            Assert.Equal(0.65, task.Parameters["styleWeight"]);
            Assert.Equal("https://github.com/DCP-INS/Groove/raw/refs/heads/main/Stimuli/-wav/Danno.wav", task.Parameters["uploadUrl"]);
            Assert.False(task.CustomMode);
            Assert.True(task.Instrumental);

            // The collection reads as the track ids (what Export-Csv shows).
            Assert.Equal("6471dc8b-0883-47bc-bc5e-11fa0c4316af, 11945c94-bdf0-4c83-8672-0a24ad309a11", task.Tracks.ToString());
        }

        [Fact]
        public void Failed_record_carries_error_code_and_message()
        {
            var task = SunoTask.Parse(Failed);

            Assert.Equal("GENERATE_AUDIO_FAILED", task.Status);
            Assert.True(task.IsFailed);
            Assert.False(task.IsCompleted);
            Assert.Equal(501, task.ErrorCode);
            Assert.Equal("生成失败,请重试或联系客服", task.ErrorMessage);
            Assert.Empty(task.Tracks);
            Assert.Equal("一首平静舒缓的钢琴曲", task.Prompt);
            Assert.Null(task.CreatedAt);
        }

        [Fact]
        public void Error_message_only_inside_response_is_still_found()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""CREATE_TASK_FAILED"",""errorCode"":400,
                ""response"":{""taskId"":""t1"",""sunoData"":[],""errorMessage"":""content violation""}}");

            Assert.True(task.IsFailed);
            Assert.Equal(400, task.ErrorCode);
            Assert.Equal("content violation", task.ErrorMessage);
        }

        [Theory]
        [InlineData("CREATE_TASK_FAILED")]
        [InlineData("GENERATE_AUDIO_FAILED")]
        [InlineData("CALLBACK_EXCEPTION")]
        [InlineData("SENSITIVE_WORD_ERROR")]
        public void Every_documented_failure_status_is_a_failure(string status)
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""" + status + @"""}");
            Assert.True(task.IsFailed);
            Assert.Equal(SunoTaskState.Failed, task.State);
        }

        [Theory]
        [InlineData("PENDING", 0)]
        [InlineData("TEXT_SUCCESS", 1)]
        [InlineData("FIRST_SUCCESS", 2)]
        [InlineData("SUCCESS", 3)]
        public void Stages_are_ordered(string status, int stage)
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""" + status + @"""}");
            Assert.Equal(stage, task.Stage);
            Assert.Equal(status == "SUCCESS", task.IsCompleted);
        }

        [Fact]
        public void Callback_exception_keeps_its_tracks()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""CALLBACK_EXCEPTION"",""errorCode"":500,""errorMessage"":""Callback delivery failed"",
                ""response"":{""taskId"":""t1"",""sunoData"":[{""id"":""a"",""audioUrl"":""http://x/a.mp3"",""duration"":12}]}}");

            Assert.True(task.IsFailed);
            Assert.Single(task.Tracks);
            Assert.Equal("http://x/a.mp3", task.Tracks[0].AudioUrl);
        }

        [Theory]
        [InlineData("1764690794449")]          // epoch ms as a number
        [InlineData("\"1764690794449\"")]      // epoch ms as a string
        [InlineData("\"2025-12-02 15:53:14\"")] // the documented date-time form
        [InlineData("\"2025-12-02T15:53:14Z\"")]
        public void Times_are_read_from_numbers_and_strings(string json)
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""PENDING"",""createTime"":" + json + "}");

            Assert.NotNull(task.CreatedAt);
            Assert.Equal(new DateTime(2025, 12, 2), task.CreatedAt!.Value.UtcDateTime.Date);
        }

        [Theory]
        [InlineData("null")]
        [InlineData("\"\"")]
        [InlineData("\"not a time\"")]
        [InlineData("{}")]
        public void Unreadable_times_are_null_not_fatal(string json)
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""PENDING"",""createTime"":" + json + "}");
            Assert.Null(task.CreatedAt);
        }

        [Fact]
        public void Unknown_fields_anywhere_are_ignored()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""FIRST_SUCCESS"",""emulator"":{""fileGeneration"":1},""completeTime"":1764690794449,
                ""newThing"":[1,2,3],""response"":{""taskId"":""t1"",""extra"":true,""sunoData"":[
                  {""id"":""a"",""streamAudioUrl"":""http://x/a"",""audioUrl"":"""",""duration"":null,""futureField"":{""x"":1}},
                  ""not an object""]}}");

            Assert.Equal("FIRST_SUCCESS", task.Status);
            var track = Assert.Single(task.Tracks);
            Assert.Null(track.AudioUrl); // "" until the track is complete
            Assert.Null(track.Duration);
            Assert.True(track.IsPlayable);
            Assert.False(track.IsDownloadable);
        }

        [Fact]
        public void Loosely_typed_values_are_tolerated()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""SUCCESS"",""errorCode"":""501"",
                ""param"":""{\""customMode\"":\""true\"",\""instrumental\"":false}"",
                ""response"":{""sunoData"":[{""id"":""a"",""duration"":""12.5""}]}}");

            Assert.Equal(501, task.ErrorCode);
            Assert.True(task.CustomMode);
            Assert.Equal(12.5, task.Tracks[0].Duration);
        }

        [Fact]
        public void A_param_already_decoded_into_an_object_is_read_too()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""PENDING"",""param"":{""prompt"":""rain"",""customMode"":false,""model"":""V5""}}");

            Assert.Equal("rain", task.Prompt);
            Assert.Equal("V5", task.Model);
            Assert.False(task.CustomMode);
            Assert.Equal(3, task.Parameters.Count);
        }

        [Fact]
        public void A_param_that_is_not_json_is_kept_as_text()
        {
            var task = SunoTask.Parse(@"{""taskId"":""t1"",""status"":""PENDING"",""param"":""not json {""}");

            Assert.Equal("not json {", task.Parameters.ToString());
            Assert.Empty(task.Parameters);
            Assert.Null(task.Prompt);
        }

        [Fact]
        public void Missing_status_reads_as_pending_and_missing_id_as_empty()
        {
            var task = SunoTask.Parse("{}");

            Assert.Equal("PENDING", task.Status);
            Assert.Equal("", task.TaskId);
            Assert.Empty(task.Tracks);
            Assert.Empty(task.Parameters);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("null")]
        [InlineData("{\"taskId\":")]
        public void Non_records_are_malformed_responses(string json)
        {
            var e = Assert.Throws<SunoException>(() => SunoTask.Parse(json));
            Assert.Equal(SunoErrorKind.MalformedResponse, e.Kind);
        }

        [Fact]
        public void Parsed_tracks_all_point_back_to_their_task()
        {
            var task = SunoTask.Parse(Success);
            Assert.All(task.Tracks, t => Assert.Equal(task.TaskId, t.TaskId));
            Assert.Equal(task.Tracks.Select(t => t.Id), task.Tracks.Select(t => t.ToString()));
        }
    }
}
