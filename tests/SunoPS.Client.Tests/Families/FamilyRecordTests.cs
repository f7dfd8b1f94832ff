using System;
using System.Linq;
using SunoPS.Client.Families;
using SunoPS.Client.Http;
using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>Records of each family read through <see cref="SunoTask.Parse(string, SunoTaskFamily)"/>, and the registry that describes them.</summary>
    public sealed class FamilyRecordTests
    {
        // suno-api.md §4.16, the data object verbatim.
        private const string WavSuccess =
            "{\"taskId\":\"988e****c8d3\",\"musicId\":\"8551****662c\",\"musicIndex\":0,\"callbackUrl\":\"https://api.example.com/callback\",\"completeTime\":\"2025-01-01 00:10:00\",\"response\":{\"audioWavUrl\":\"https://example.com/s/04e6****e727.wav\"},\"successFlag\":\"SUCCESS\",\"createTime\":\"2025-01-01 00:00:00\",\"errorCode\":null,\"errorMessage\":null}";

        // suno-api.md §4.20 (MIDI, integer successFlag, epoch-ms times) and §4.22 (cover art, ISO times).
        private const string MidiSuccess =
            "{\"taskId\":\"5c79****be8e\",\"recordTaskId\":-1,\"audioId\":\"e231****-****-****-****-****8cadc7dc\",\"callbackUrl\":\"https://example.callback\",\"completeTime\":1760335255000,\"midiData\":{\"state\":\"complete\",\"instruments\":[{\"name\":\"Drums\",\"notes\":[{\"pitch\":73,\"start\":0.036458333333333336,\"end\":0.18229166666666666,\"velocity\":1}]}]},\"successFlag\":1,\"createTime\":1760335251000,\"errorCode\":null,\"errorMessage\":null}";

        private const string CoverArtSuccess =
            "{\"taskId\":\"21aee3c3c2a01fa5e030b3799fa4dd56\",\"parentTaskId\":\"73d6128b3523a0079df10da9471017c8\",\"callbackUrl\":\"https://api.example.com/callback\",\"completeTime\":\"2025-01-15T10:35:27.000Z\",\"response\":{\"images\":[\"https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png\"]},\"successFlag\":1,\"createTime\":\"2025-01-15T10:33:01.000Z\",\"errorCode\":200,\"errorMessage\":\"\"}";

        // suno-api.md §4.15.
        private const string LyricsSuccess =
            "{\"taskId\":\"11dc****8b0f\",\"param\":\"{\\\"prompt\\\":\\\"A song about peaceful night in the city\\\"}\",\"response\":{\"taskId\":\"11dc****8b0f\",\"data\":[{\"text\":\"[Verse]\",\"title\":\"t\",\"status\":\"complete\",\"errorMessage\":\"\"}]},\"status\":\"SUCCESS\",\"type\":\"LYRICS\",\"errorCode\":null,\"errorMessage\":null}";

        // suno-api.md §4.17 / §6.9: recovery's details are the whole answer.
        private const string RecoveryDone =
            "{\"code\":200,\"msg\":\"success\",\"task_id\":\"bbbb****0f7b\",\"data\":[{\"id\":\"3bc3****48fc\",\"audio_url\":\"https://example.com/****.m4a\",\"title\":\"Sunrise Love\",\"status\":\"success\",\"error\":\"\"}]}";

        private const string MusicSuccess = @"{""taskId"":""m1"",""status"":""SUCCESS"",""response"":{""taskId"":""m1"",""sunoData"":[
            {""id"":""a"",""title"":""First"",""duration"":47.76,""audioUrl"":""http://f/a.mp3"",""streamAudioUrl"":""http://f/a"",""imageUrl"":""http://f/a.jpeg""},
            {""id"":""b"",""title"":""Second"",""duration"":217.4,""audioUrl"":""http://f/b.mp3"",""streamAudioUrl"":""http://f/b"",""imageUrl"":""http://f/b.jpeg""}]}}";

        [Fact]
        public void The_documented_wav_record_gives_its_one_file()
        {
            var task = SunoTask.Parse(WavSuccess, SunoTaskFamily.Wav);

            Assert.Equal(SunoTaskFamily.Wav, task.Family);
            Assert.Equal("988e****c8d3", task.TaskId);
            Assert.Equal("SUCCESS", task.ApiStatus); // a string successFlag; there is no status field
            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("8551****662c", task.SourceAudioId); // musicId
            Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), task.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 10, 0, TimeSpan.Zero), task.CompletedAt);
            Assert.Null(task.ErrorCode);
            Assert.Null(task.ErrorMessage);
            Assert.Empty(task.Tracks);
            Assert.Equal(WavSuccess, task.RawRecord); // verbatim
            Assert.Equal(new SunoTaskReference("988e****c8d3", SunoTaskFamily.Wav), task.Reference);

            var wav = Assert.Single(task.Outputs);
            Assert.Equal(SunoOutputKind.Wav, wav.Kind);
            Assert.Equal("https://example.com/s/04e6****e727.wav", wav.Url);
            Assert.True(wav.IsPrimary);
            Assert.True(wav.IsAvailable);
            Assert.Equal(1, wav.Index); // musicIndex 0 is the first track
            Assert.Equal("8551****662c", wav.Id);
            Assert.Equal("988e****c8d3", wav.TaskId);
            Assert.Equal(SunoTaskFamily.Wav, wav.Family);
            Assert.Null(wav.Title); // the WAV record has none; a wait carries it over from the submitted task
            Assert.Equal("Wav", task.Outputs.ToString());
        }

        [Fact]
        public void The_second_track_of_a_task_is_output_index_2()
        {
            var task = SunoTask.Parse(WavSuccess.Replace("\"musicIndex\":0", "\"musicIndex\":1"), SunoTaskFamily.Wav);

            Assert.Equal(2, Assert.Single(task.Outputs).Index);
        }

        [Theory]
        [InlineData("\"response\":null,\"successFlag\":\"PENDING\"")]
        [InlineData("\"response\":{\"audioWavUrl\":null},\"successFlag\":\"PENDING\"")]
        [InlineData("\"response\":{\"audioWavUrl\":\"\"},\"successFlag\":\"GENERATE_WAV_FAILED\",\"errorCode\":400,\"errorMessage\":\"WAV format conversion failed\"")]
        public void A_wav_without_its_url_has_no_outputs(string fields)
        {
            var task = SunoTask.Parse("{\"taskId\":\"w\",\"musicId\":\"m\"," + fields + "}", SunoTaskFamily.Wav);

            Assert.Empty(task.Outputs);
            Assert.Equal("m", task.SourceAudioId);
        }

        [Fact]
        public void A_failed_wav_carries_its_error()
        {
            var task = SunoTask.Parse("{\"taskId\":\"w\",\"successFlag\":\"GENERATE_WAV_FAILED\",\"errorCode\":400,\"errorMessage\":\"WAV format conversion failed\"}",
                SunoTaskFamily.Wav);

            Assert.True(task.IsFailed);
            Assert.Equal("GENERATE_WAV_FAILED", task.Status);
            Assert.Equal(400, task.ErrorCode);
            Assert.Equal("WAV format conversion failed", task.ErrorMessage);
        }

        [Fact]
        public void Music_tracks_become_outputs_a_song_to_save_and_its_side_files()
        {
            var task = SunoTask.Parse(MusicSuccess, SunoTaskFamily.Music);

            Assert.Equal(6, task.Outputs.Count);
            for (var t = 0; t < 2; t++)
            {
                var track = task.Tracks[t];
                var outputs = task.Outputs.Where(o => o.Id == track.Id).ToList();
                Assert.Equal(new[] { SunoOutputKind.Audio, SunoOutputKind.Stream, SunoOutputKind.Image }, outputs.Select(o => o.Kind));
                Assert.Equal(new[] { true, false, false }, outputs.Select(o => o.IsPrimary));
                Assert.Equal(new[] { track.AudioUrl, track.StreamAudioUrl, track.ImageUrl }, outputs.Select(o => o.Url));
                Assert.All(outputs, o =>
                {
                    Assert.Equal(t + 1, o.Index);
                    Assert.Same(track, o.Track);
                    Assert.Equal(track.Title, o.Title);
                    Assert.Equal("m1", o.TaskId);
                    Assert.Equal(SunoTaskFamily.Music, o.Family);
                });
                Assert.Equal(track.Duration, outputs[0].Duration);
                Assert.Equal(track.Duration, outputs[1].Duration);
                Assert.Null(outputs[2].Duration); // a picture has no length
            }

            Assert.Equal("Audio, Audio", task.Outputs.ToString()); // the primary files
        }

        [Fact]
        public void A_music_track_still_streaming_has_an_audio_output_that_is_not_available_yet()
        {
            var task = SunoTask.Parse(@"{""taskId"":""m"",""status"":""FIRST_SUCCESS"",""response"":{""sunoData"":[{""id"":""a"",""audioUrl"":"""",""streamAudioUrl"":""http://f/a""}]}}");

            var audio = Assert.Single(task.Outputs, o => o.Kind == SunoOutputKind.Audio);
            Assert.False(audio.IsAvailable);
            Assert.True(Assert.Single(task.Outputs, o => o.Kind == SunoOutputKind.Stream).IsAvailable);
        }

        [Fact]
        public void A_pending_music_record_has_no_outputs() =>
            Assert.Empty(SunoTask.Parse("{\"taskId\":\"m\",\"status\":\"PENDING\",\"response\":null}").Outputs);

        [Theory]
        [InlineData(SunoTaskFamily.Music, "\"status\":\"PENDING\"")]
        [InlineData(SunoTaskFamily.Wav, "\"successFlag\":\"PENDING\"")]
        [InlineData(SunoTaskFamily.Midi, "\"successFlag\":0")]
        [InlineData(SunoTaskFamily.Recovery, "\"code\":201,\"data\":null")]
        public void A_task_id_in_snake_case_is_read(SunoTaskFamily family, string fields)
        {
            var task = SunoTask.Parse("{\"task_id\":\"snake-1\"," + fields + "}", family);

            Assert.Equal("snake-1", task.TaskId);
        }

        [Fact]
        public void Recovery_reads_its_record_from_the_whole_answer()
        {
            var task = SunoTask.Parse(RecoveryDone, SunoTaskFamily.Recovery);

            Assert.Equal("bbbb****0f7b", task.TaskId);
            Assert.Equal("200", task.ApiStatus);
            Assert.True(task.IsCompleted);
            Assert.Equal(RecoveryDone, task.RawRecord);
        }

        [Fact]
        public void The_documented_midi_record_is_a_success_read_from_its_integer_flag()
        {
            var task = SunoTask.Parse(MidiSuccess, SunoTaskFamily.Midi);

            Assert.Equal("5c79****be8e", task.TaskId);
            Assert.Equal("1", task.ApiStatus);
            Assert.True(task.IsCompleted);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1760335251000), task.CreatedAt);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1760335255000), task.CompletedAt);
            var midi = Assert.Single(task.Outputs); // the notes, as one MIDI output without a URL (MidiRecordTests reads them)
            Assert.Equal(SunoOutputKind.Midi, midi.Kind);
            Assert.Equal(1, task.NoteCount);
        }

        [Fact]
        public void The_documented_cover_art_record_is_a_success()
        {
            var task = SunoTask.Parse(CoverArtSuccess, SunoTaskFamily.CoverArt);

            Assert.True(task.IsCompleted);
            Assert.False(task.IsFailed);
            Assert.Equal(new DateTimeOffset(2025, 1, 15, 10, 33, 1, TimeSpan.Zero), task.CreatedAt);
            Assert.Null(task.ErrorMessage); // "" means none
        }

        [Fact]
        public void The_documented_lyrics_record_is_a_success_with_its_parameters()
        {
            var task = SunoTask.Parse(LyricsSuccess, SunoTaskFamily.Lyrics);

            Assert.True(task.IsCompleted);
            Assert.Equal("A song about peaceful night in the city", task.Prompt);
            Assert.Equal("A song about peaceful night in the city", task.Parameters["prompt"]);
        }

        [Theory]
        [InlineData(SunoTaskFamily.VoiceValidation, SunoTaskState.Succeeded)]
        [InlineData(SunoTaskFamily.Voice, SunoTaskState.Running)]
        public void The_same_voice_record_ends_a_validation_but_not_a_voice(SunoTaskFamily family, SunoTaskState state)
        {
            // suno-api.md §6.8: the phrase is ready.
            var task = SunoTask.Parse("{\"taskId\":\"v\",\"validateInfo\":\"Please record this validation phrase clearly.\",\"status\":\"wait_validating\",\"errorCode\":0,\"errorMessage\":\"\"}", family);

            Assert.Equal(state, task.State);
        }

        [Fact]
        public void Parse_without_a_family_reads_music()
        {
            var task = SunoTask.Parse(MusicSuccess);

            Assert.Equal(SunoTaskFamily.Music, task.Family);
            Assert.Equal(2, task.Tracks.Count);
        }

        // The registry: every family is described, and reads go where suno-api.md §4 says.
        [Theory]
        [InlineData(SunoTaskFamily.Music, "api/v1/generate/record-info", "taskId", "status")]
        [InlineData(SunoTaskFamily.Lyrics, "api/v1/lyrics/record-info", "taskId", "status")]
        [InlineData(SunoTaskFamily.Wav, "api/v1/wav/record-info", "taskId", "successFlag")]
        [InlineData(SunoTaskFamily.Separation, "api/v1/vocal-removal/record-info", "taskId", "successFlag")]
        [InlineData(SunoTaskFamily.Midi, "api/v1/midi/record-info", "taskId", "successFlag")]
        [InlineData(SunoTaskFamily.Video, "api/v1/mp4/record-info", "taskId", "successFlag")]
        [InlineData(SunoTaskFamily.CoverArt, "api/v1/suno/cover/record-info", "taskId", "successFlag")]
        [InlineData(SunoTaskFamily.Recovery, "api/v1/suno/recovery/record-info", "task_id", "code")]
        [InlineData(SunoTaskFamily.VoiceValidation, "api/v1/voice/validate-info", "taskId", "status")]
        [InlineData(SunoTaskFamily.Voice, "api/v1/voice/record-info", "taskId", "status")]
        public void Each_family_is_read_where_the_api_documents_it(SunoTaskFamily family, string path, string idQuery, string statusField)
        {
            var description = TaskFamilies.Get(family);

            Assert.Equal(family, description.Name);
            Assert.Equal(path, description.RecordPath);
            Assert.Equal(idQuery, description.IdQueryName);
            Assert.Equal(statusField, description.StatusField);
            Assert.Equal(path + "?" + idQuery + "=a%20b%26c", description.RecordPathFor("a b&c"));
            Assert.Equal(family == SunoTaskFamily.Recovery ? RecordEnvelope.TaskStatusInCode : RecordEnvelope.Standard, description.Envelope);
        }

        [Fact]
        public void Every_family_has_one_description()
        {
            var names = Enum.GetValues(typeof(SunoTaskFamily)).Cast<SunoTaskFamily>().ToList();

            Assert.Equal(names.OrderBy(n => n), TaskFamilies.All.Select(f => f.Name).OrderBy(n => n));
            Assert.All(TaskFamilies.All, f =>
            {
                Assert.False(string.IsNullOrEmpty(f.RecordPath));
                Assert.False(f.RecordPath.StartsWith("/", StringComparison.Ordinal)); // relative to a gateway's base
                Assert.False(string.IsNullOrEmpty(f.IdQueryName));
                Assert.NotEmpty(f.KnownStatuses);
                Assert.Same(f, TaskFamilies.Get(f.Name));
            });
            Assert.Throws<ArgumentOutOfRangeException>(() => TaskFamilies.Get((SunoTaskFamily)999));
        }

        [Fact]
        public void Only_cover_art_reads_its_codes_differently()
        {
            foreach (var family in TaskFamilies.All)
            {
                if (family.Name == SunoTaskFamily.CoverArt)
                {
                    Assert.Equal(Errors.SunoErrorKind.RateLimited, family.CodeOverrides[429].Kind);
                    Assert.Equal(Errors.SunoErrorKind.InsufficientCredits, family.CodeOverrides[402].Kind);
                }
                else
                {
                    Assert.Same(ApiCodeMap.NoOverrides, family.CodeOverrides);
                }
            }
        }
    }
}
