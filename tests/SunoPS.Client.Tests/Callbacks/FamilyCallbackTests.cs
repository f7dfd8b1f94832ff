using System.Linq;
using System.Text.Json;
using SunoPS.Client.Callbacks;
using Xunit;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>
    /// The other families' callbacks (§6.2–§6.9) read as their record-info records: family, id, status field and
    /// values of that family, the error, and the record's fields in their record-info names (so each family's own
    /// reader gives the outputs as it does for a polled record).
    /// </summary>
    public sealed class FamilyCallbackTests
    {
        private static JsonElement RecordOf(SunoTask task)
        {
            using (var document = JsonDocument.Parse(task.RawRecord!))
            {
                return document.RootElement.Clone();
            }
        }

        [Fact]
        public void Lyrics_complete_is_a_finished_lyrics_task_whose_record_has_response_data()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.LyricsComplete);

            Assert.Equal((SunoTaskFamily.Lyrics, "11dc****8b0f", "SUCCESS", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.Status, task.State));
            var items = RecordOf(task).GetProperty("response").GetProperty("data").EnumerateArray().ToArray();
            Assert.Equal(2, items.Length);
            Assert.Equal("[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火", items[0].GetProperty("text").GetString());
            Assert.Equal("钢铁侠", items[1].GetProperty("title").GetString());
            Assert.Equal("complete", items[1].GetProperty("status").GetString());
        }

        [Fact]
        public void Lyrics_error_is_a_failed_lyrics_task()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.LyricsError);

            Assert.Equal((SunoTaskFamily.Lyrics, "GENERATE_LYRICS_FAILED", SunoTaskState.Failed), (task.Family, task.Status, task.State));
            Assert.Equal(400, task.ErrorCode);
            Assert.Equal("Lyrics generation failed", task.ErrorMessage);
        }

        [Fact]
        public void Wav_complete_is_a_finished_wav_task_with_its_wav_output()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.WavComplete);

            Assert.Equal((SunoTaskFamily.Wav, "988e****c8d3", "SUCCESS", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.Status, task.State));
            Assert.Equal("SUCCESS", task.ApiStatus);
            var wav = Assert.Single(task.Outputs);
            Assert.Equal(SunoOutputKind.Wav, wav.Kind);
            Assert.Equal("https://example.com/s/04e6****e727.wav", wav.Url);
            Assert.True(wav.IsPrimary);
        }

        [Fact]
        public void Wav_code_400_is_a_failed_wav_task_without_outputs()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.WavFailed);

            Assert.Equal(("GENERATE_WAV_FAILED", SunoTaskState.Failed, 400, "WAV format conversion failed"), (task.Status, task.State, task.ErrorCode, task.ErrorMessage));
            Assert.Empty(task.Outputs);
        }

        [Fact]
        public void Separation_complete_is_read_as_the_record_with_camel_case_urls_and_a_null_origin()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.SeparationComplete);

            Assert.Equal((SunoTaskFamily.Separation, "3e63b4cc88d52611159371f6af5571e7", "SUCCESS", SunoTaskState.Succeeded),
                (task.Family, task.TaskId, task.Status, task.State));
            var response = RecordOf(task).GetProperty("response");
            Assert.Equal("https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3", response.GetProperty("instrumentalUrl").GetString());
            Assert.Equal("https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3", response.GetProperty("vocalUrl").GetString());
            Assert.Equal(JsonValueKind.Null, response.GetProperty("originUrl").ValueKind);
            Assert.Equal("SUCCESS", RecordOf(task).GetProperty("successFlag").GetString());
        }

        [Fact]
        public void Separation_with_a_null_info_is_a_failed_separation()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.SeparationFailed);

            Assert.Equal((SunoTaskFamily.Separation, "5e72d367bdfbe44785e28d72cb1697c7", SunoTaskState.Failed), (task.Family, task.TaskId, task.State));
            Assert.Equal("GENERATE_AUDIO_FAILED", task.Status);
            Assert.Equal((400, "Vocal separation failed"), (task.ErrorCode, task.ErrorMessage));
        }

        [Fact]
        public void Midi_takes_its_top_level_task_id_and_reads_string_numbers_as_numbers()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MidiComplete);

            Assert.Equal((SunoTaskFamily.Midi, "5c79****be8e", "1", "SUCCESS", SunoTaskState.Succeeded),
                (task.Family, task.TaskId, task.ApiStatus, task.Status, task.State));
            var record = RecordOf(task);
            Assert.Equal(JsonValueKind.Number, record.GetProperty("successFlag").ValueKind);
            var midi = record.GetProperty("midiData");
            Assert.Equal("complete", midi.GetProperty("state").GetString());
            var instruments = midi.GetProperty("instruments").EnumerateArray().ToArray();
            Assert.Equal(new[] { "Drums", "Electric Bass (finger)" }, instruments.Select(i => i.GetProperty("name").GetString()));
            var notes = instruments.SelectMany(i => i.GetProperty("notes").EnumerateArray()).ToArray();
            Assert.Equal(6, notes.Length);
            Assert.All(notes, n =>
            {
                foreach (var field in new[] { "pitch", "start", "end", "velocity" }) Assert.Equal(JsonValueKind.Number, n.GetProperty(field).ValueKind);
            });
            Assert.Equal(0.036458333333333336, notes[0].GetProperty("start").GetDouble());
            Assert.Equal(0.18229166666666666, notes[0].GetProperty("end").GetDouble());
            Assert.Equal(7.911458333333333, notes[5].GetProperty("end").GetDouble());
            Assert.Equal(51, notes[5].GetProperty("pitch").GetInt32());
        }

        [Fact]
        public void Midi_code_500_is_successFlag_3_a_failed_midi_task()
        {
            var task = CallbackReader.Read("""{"task_id":"5c79****be8e","code":500,"msg":"MIDI generation failed","data":null}""");

            Assert.Equal((SunoTaskFamily.Midi, "3", "GENERATE_MIDI_FAILED", SunoTaskState.Failed), (task.Family, task.ApiStatus, task.Status, task.State));
            Assert.Equal((500, "MIDI generation failed"), (task.ErrorCode, task.ErrorMessage));
        }

        [Fact]
        public void Midi_as_kie_sends_it_with_the_task_id_inside_data()
        {
            var task = CallbackReader.Read("""{"code":200,"msg":"success","data":{"taskId":"k1","state":"complete","instruments":[]}}""");

            Assert.Equal((SunoTaskFamily.Midi, "k1", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.State));
            Assert.False(RecordOf(task).GetProperty("midiData").TryGetProperty("taskId", out _));
        }

        [Fact]
        public void Video_complete_and_failed()
        {
            var done = CallbackReader.Read(DocumentedCallbacks.VideoComplete);
            Assert.Equal((SunoTaskFamily.Video, "taskId_774b9aa0422f", "SUCCESS", SunoTaskState.Succeeded), (done.Family, done.TaskId, done.Status, done.State));
            Assert.Equal("https://example.com/videos/video_847715e66259.mp4", RecordOf(done).GetProperty("response").GetProperty("videoUrl").GetString());

            var failed = CallbackReader.Read(DocumentedCallbacks.VideoFailed);
            Assert.Equal(("GENERATE_MP4_FAILED", SunoTaskState.Failed, 400, "Music video generation failed"), (failed.Status, failed.State, failed.ErrorCode, failed.ErrorMessage));
        }

        [Fact]
        public void Cover_art_complete_is_successFlag_1_with_the_images_and_error_code_200_as_the_record_has_it()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.CoverArtComplete);

            Assert.Equal((SunoTaskFamily.CoverArt, "21aee3c3c2a01fa5e030b3799fa4dd56", "1", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.ApiStatus, task.State));
            var record = RecordOf(task);
            Assert.Equal(2, record.GetProperty("response").GetProperty("images").GetArrayLength());
            Assert.Equal(200, record.GetProperty("errorCode").GetInt32());
            Assert.Null(task.ErrorMessage);
        }

        [Fact]
        public void Cover_art_code_501_is_successFlag_3()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.CoverArtFailed);

            Assert.Equal(("3", "GENERATE_COVER_FAILED", SunoTaskState.Failed), (task.ApiStatus, task.Status, task.State));
            Assert.Equal((501, "Cover generation failed"), (task.ErrorCode, task.ErrorMessage));
        }

        [Fact]
        public void Voice_validation_voice_and_voice_failure_keep_their_lowercase_statuses()
        {
            var validation = CallbackReader.Read(DocumentedCallbacks.VoiceValidation);
            Assert.Equal((SunoTaskFamily.VoiceValidation, "xxx_task_id_xxx", "wait_validating", SunoTaskState.Succeeded),
                (validation.Family, validation.TaskId, validation.ApiStatus, validation.State));
            Assert.Equal("Please record this validation phrase clearly.", RecordOf(validation).GetProperty("validateInfo").GetString());

            var voice = CallbackReader.Read(DocumentedCallbacks.VoiceSuccess);
            Assert.Equal((SunoTaskFamily.Voice, "success", SunoTaskState.Succeeded), (voice.Family, voice.ApiStatus, voice.State));
            Assert.Equal("voice_xxx", RecordOf(voice).GetProperty("voiceId").GetString());

            var failed = CallbackReader.Read(DocumentedCallbacks.VoiceFailed);
            Assert.Equal((SunoTaskFamily.Voice, "fail", "GENERATE_VOICE_FAILED", SunoTaskState.Failed), (failed.Family, failed.ApiStatus, failed.Status, failed.State));
            Assert.Equal((500, "Verification audio did not match the validation phrase"), (failed.ErrorCode, failed.ErrorMessage));
        }

        [Fact]
        public void A_validation_failure_without_validate_info_is_told_by_its_status()
        {
            var task = CallbackReader.Read("""{"code":400,"msg":"Validation failed","data":{"taskId":"v1","status":"processing_validate_fail","errorCode":400,"errorMessage":"No voice found"}}""");

            Assert.Equal((SunoTaskFamily.VoiceValidation, "VALIDATE_FAILED", SunoTaskState.Failed), (task.Family, task.Status, task.State));
        }

        [Fact]
        public void Recovery_is_already_its_record()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.Recovery);

            Assert.Equal((SunoTaskFamily.Recovery, "bbbb****0f7b", "200", "SUCCESS", SunoTaskState.Succeeded),
                (task.Family, task.TaskId, task.ApiStatus, task.Status, task.State));
            Assert.Equal("https://example.com/****.m4a", RecordOf(task).GetProperty("data")[0].GetProperty("audio_url").GetString());
        }
    }
}
