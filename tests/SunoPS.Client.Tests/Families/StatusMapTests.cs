using System;
using System.Collections.Generic;
using System.Linq;
using SunoPS.Client.Families;
using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>
    /// Every family's status map against suno-api.md §5: each documented value gives one Status, one State and says
    /// whether the task is over. Records are read as the API sends them (the status field of the family, an integer
    /// successFlag as a number or as a string, recovery's status in the answer's top-level code).
    /// </summary>
    public sealed class StatusMapTests
    {
        private const SunoTaskState P = SunoTaskState.Pending;
        private const SunoTaskState R = SunoTaskState.Running;
        private const SunoTaskState S = SunoTaskState.Succeeded;
        private const SunoTaskState F = SunoTaskState.Failed;

        /// <summary>(family, value as documented, Status, State, stage) — suno-api.md §5, plus §4.10 for music's stages.</summary>
        private static readonly (SunoTaskFamily Family, string Value, string Status, SunoTaskState State, int Stage)[] Documented =
        {
            (SunoTaskFamily.Music, "PENDING", "PENDING", P, 0),
            (SunoTaskFamily.Music, "TEXT_SUCCESS", "TEXT_SUCCESS", R, 1),
            (SunoTaskFamily.Music, "FIRST_SUCCESS", "FIRST_SUCCESS", R, 2),
            (SunoTaskFamily.Music, "SUCCESS", "SUCCESS", S, 3),
            (SunoTaskFamily.Music, "CREATE_TASK_FAILED", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Music, "GENERATE_AUDIO_FAILED", "GENERATE_AUDIO_FAILED", F, 0),
            (SunoTaskFamily.Music, "CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION", F, 0),
            (SunoTaskFamily.Music, "SENSITIVE_WORD_ERROR", "SENSITIVE_WORD_ERROR", F, 0),

            (SunoTaskFamily.Lyrics, "PENDING", "PENDING", P, 0),
            (SunoTaskFamily.Lyrics, "SUCCESS", "SUCCESS", S, 3),
            (SunoTaskFamily.Lyrics, "CREATE_TASK_FAILED", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Lyrics, "GENERATE_LYRICS_FAILED", "GENERATE_LYRICS_FAILED", F, 0),
            (SunoTaskFamily.Lyrics, "CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION", F, 0),
            (SunoTaskFamily.Lyrics, "SENSITIVE_WORD_ERROR", "SENSITIVE_WORD_ERROR", F, 0),

            (SunoTaskFamily.Wav, "PENDING", "PENDING", P, 0),
            (SunoTaskFamily.Wav, "SUCCESS", "SUCCESS", S, 3),
            (SunoTaskFamily.Wav, "CREATE_TASK_FAILED", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Wav, "GENERATE_WAV_FAILED", "GENERATE_WAV_FAILED", F, 0),
            (SunoTaskFamily.Wav, "CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION", F, 0),

            (SunoTaskFamily.Separation, "PENDING", "PENDING", P, 0),
            (SunoTaskFamily.Separation, "SUCCESS", "SUCCESS", S, 3),
            (SunoTaskFamily.Separation, "CREATE_TASK_FAILED", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Separation, "GENERATE_AUDIO_FAILED", "GENERATE_AUDIO_FAILED", F, 0),
            (SunoTaskFamily.Separation, "CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION", F, 0),

            (SunoTaskFamily.Video, "PENDING", "PENDING", P, 0),
            (SunoTaskFamily.Video, "SUCCESS", "SUCCESS", S, 3),
            (SunoTaskFamily.Video, "CREATE_TASK_FAILED", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Video, "GENERATE_MP4_FAILED", "GENERATE_MP4_FAILED", F, 0),
            (SunoTaskFamily.Video, "CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION", F, 0),

            // Integer successFlag: MIDI's 2 is a failure...
            (SunoTaskFamily.Midi, "0", "PENDING", P, 0),
            (SunoTaskFamily.Midi, "1", "SUCCESS", S, 3),
            (SunoTaskFamily.Midi, "2", "CREATE_TASK_FAILED", F, 0),
            (SunoTaskFamily.Midi, "3", "GENERATE_MIDI_FAILED", F, 0),

            // ...and cover art's 2 is still generating.
            (SunoTaskFamily.CoverArt, "0", "PENDING", P, 0),
            (SunoTaskFamily.CoverArt, "1", "SUCCESS", S, 3),
            (SunoTaskFamily.CoverArt, "2", "GENERATING", R, 0),
            (SunoTaskFamily.CoverArt, "3", "GENERATE_COVER_FAILED", F, 0),

            // Recovery's details: the answer's top-level code.
            (SunoTaskFamily.Recovery, "201", "GENERATING", R, 0),
            (SunoTaskFamily.Recovery, "200", "SUCCESS", S, 3),
            (SunoTaskFamily.Recovery, "500", "RECOVERY_FAILED", F, 0),

            // A validation task is for its phrase: wait_validating (the phrase is ready) is its success.
            (SunoTaskFamily.VoiceValidation, "wait_processing", "PENDING", P, 0),
            (SunoTaskFamily.VoiceValidation, "processing_validate", "GENERATING", R, 0),
            (SunoTaskFamily.VoiceValidation, "wait_validating", "SUCCESS", S, 3),
            (SunoTaskFamily.VoiceValidation, "success", "SUCCESS", S, 3),
            (SunoTaskFamily.VoiceValidation, "processing_validate_fail", "VALIDATE_FAILED", F, 0),
            (SunoTaskFamily.VoiceValidation, "fail", "VALIDATE_FAILED", F, 0),

            // A voice task goes on past the phrase: wait_validating is a stage there.
            (SunoTaskFamily.Voice, "wait_processing", "PENDING", P, 0),
            (SunoTaskFamily.Voice, "processing_validate", "GENERATING", R, 0),
            (SunoTaskFamily.Voice, "wait_validating", "GENERATING", R, 0),
            (SunoTaskFamily.Voice, "success", "SUCCESS", S, 3),
            (SunoTaskFamily.Voice, "processing_validate_fail", "VALIDATE_FAILED", F, 0),
            (SunoTaskFamily.Voice, "fail", "GENERATE_VOICE_FAILED", F, 0),
        };

        private static readonly HashSet<SunoTaskFamily> IntegerFlags = new HashSet<SunoTaskFamily> { SunoTaskFamily.Midi, SunoTaskFamily.CoverArt };

        public static IEnumerable<object[]> DocumentedValues() =>
            Documented.Select(d => new object[] { d.Family, d.Value, d.Status, d.State, d.Stage });

        public static IEnumerable<object[]> Families() =>
            Enum.GetValues(typeof(SunoTaskFamily)).Cast<SunoTaskFamily>().Select(f => new object[] { f });

        /// <summary>A record of <paramref name="family"/> whose status field holds <paramref name="valueJson"/> (raw JSON, or null to leave it out).</summary>
        internal static string RecordWith(SunoTaskFamily family, string? valueJson)
        {
            var description = TaskFamilies.Get(family);
            var status = valueJson == null ? "" : ",\"" + description.StatusField + "\":" + valueJson;
            return description.Envelope == RecordEnvelope.TaskStatusInCode
                ? "{\"task_id\":\"t1\",\"msg\":\"success\",\"data\":null" + status + "}"
                : "{\"taskId\":\"t1\"" + status + "}";
        }

        private static string AsSent(SunoTaskFamily family, string value) =>
            IntegerFlags.Contains(family) || family == SunoTaskFamily.Recovery ? value : "\"" + value + "\"";

        [Theory]
        [MemberData(nameof(DocumentedValues))]
        public void Each_documented_value_has_one_meaning(SunoTaskFamily family, string value, string status, SunoTaskState state, int stage)
        {
            var task = SunoTask.Parse(RecordWith(family, AsSent(family, value)), family);

            Assert.Equal(family, task.Family);
            Assert.Equal("t1", task.TaskId);
            Assert.Equal(value, task.ApiStatus); // as the API sent it: 1, wait_validating, 201
            Assert.Equal(status, task.Status);
            Assert.Equal(state, task.State);
            Assert.Equal(stage, task.Stage);
            Assert.Equal(state == S, task.IsCompleted);
            Assert.Equal(state == F, task.IsFailed);

            var meaning = TaskFamilies.Get(family).Meaning(value);
            Assert.Equal(state == S || state == F, meaning.IsTerminal);
        }

        [Theory]
        [MemberData(nameof(Families))]
        public void Every_family_documents_exactly_the_values_of_the_specification(SunoTaskFamily family)
        {
            var documented = Documented.Where(d => d.Family == family).Select(d => d.Value).OrderBy(v => v, StringComparer.Ordinal);

            Assert.Equal(documented, TaskFamilies.Get(family).KnownStatuses.OrderBy(v => v, StringComparer.Ordinal));
        }

        [Theory]
        [InlineData(SunoTaskFamily.Midi, "0")]
        [InlineData(SunoTaskFamily.Midi, "1")]
        [InlineData(SunoTaskFamily.Midi, "2")]
        [InlineData(SunoTaskFamily.Midi, "3")]
        [InlineData(SunoTaskFamily.CoverArt, "0")]
        [InlineData(SunoTaskFamily.CoverArt, "1")]
        [InlineData(SunoTaskFamily.CoverArt, "2")]
        [InlineData(SunoTaskFamily.CoverArt, "3")]
        [InlineData(SunoTaskFamily.Recovery, "201")]
        [InlineData(SunoTaskFamily.Recovery, "200")]
        public void An_integer_status_reads_the_same_as_a_number_and_as_a_string(SunoTaskFamily family, string value)
        {
            var asNumber = SunoTask.Parse(RecordWith(family, value), family);
            var asString = SunoTask.Parse(RecordWith(family, "\"" + value + "\""), family);

            Assert.Equal(value, asNumber.ApiStatus);
            Assert.Equal(value, asString.ApiStatus);
            Assert.Equal(asNumber.Status, asString.Status);
            Assert.Equal(asNumber.State, asString.State);
            Assert.Equal(asNumber.Stage, asString.Stage);
        }

        [Fact]
        public void The_same_integer_means_different_things_in_midi_and_cover_art()
        {
            var midi = SunoTask.Parse("{\"taskId\":\"m\",\"successFlag\":2}", SunoTaskFamily.Midi);
            var cover = SunoTask.Parse("{\"taskId\":\"c\",\"successFlag\":2}", SunoTaskFamily.CoverArt);

            Assert.True(midi.IsFailed);
            Assert.Equal(SunoTaskState.Running, cover.State);
            Assert.False(TaskFamilies.Get(SunoTaskFamily.CoverArt).Meaning("2").IsTerminal);
        }

        [Theory]
        [MemberData(nameof(Families))]
        public void An_unknown_value_is_running_under_its_own_upper_cased_name(SunoTaskFamily family)
        {
            var task = SunoTask.Parse(RecordWith(family, AsSent(family, family == SunoTaskFamily.Recovery || IntegerFlags.Contains(family) ? "7" : "brand_new_Stage")), family);

            Assert.Equal(SunoTaskState.Running, task.State);
            Assert.Equal(family == SunoTaskFamily.Recovery || IntegerFlags.Contains(family) ? "7" : "BRAND_NEW_STAGE", task.Status);
            Assert.Equal(0, task.Stage); // never far enough to end a wait for an earlier stage
            Assert.False(TaskFamilies.Get(family).Meaning(task.ApiStatus).IsTerminal);
        }

        [Theory]
        [InlineData("SOMETHING_NEW_FAILED", "SOMETHING_NEW_FAILED")]
        [InlineData("something_new_failed", "SOMETHING_NEW_FAILED")]
        [InlineData("UPLOAD_ERROR", "UPLOAD_ERROR")]
        [InlineData("fail", "FAIL")]
        [InlineData("validate_fail", "VALIDATE_FAIL")]
        [InlineData("FAILED", "FAILED")] // a doc artefact (suno-api.md §10.18), but it says what it means
        public void An_unknown_value_that_says_it_failed_is_a_failure_in_every_family(string value, string status)
        {
            foreach (var family in TaskFamilies.All.Where(f => !f.KnownStatuses.Contains(value, StringComparer.OrdinalIgnoreCase)))
            {
                var task = SunoTask.Parse(RecordWith(family.Name, "\"" + value + "\""), family.Name);

                Assert.True(task.IsFailed, family + " read " + value + " as " + task.State);
                Assert.Equal(status, task.Status);
                Assert.True(family.Meaning(value).IsTerminal);
            }
        }

        [Theory]
        [MemberData(nameof(Families))]
        public void A_missing_status_field_reads_as_pending(SunoTaskFamily family)
        {
            foreach (var missing in new[] { null, "null", "\"\"", "\"  \"" })
            {
                var task = SunoTask.Parse(RecordWith(family, missing), family);

                Assert.Equal(SunoTaskState.Pending, task.State);
                Assert.Equal("PENDING", task.Status);
                Assert.Equal(0, task.Stage);
                Assert.False(task.IsFailed);
            }
        }

        [Fact]
        public void Known_values_are_matched_without_case_and_around_blanks()
        {
            Assert.Equal(SunoTaskState.Succeeded, SunoTask.Parse("{\"taskId\":\"t\",\"status\":\"success\"}").State);
            Assert.Equal(SunoTaskState.Running, SunoTask.Parse("{\"taskId\":\"t\",\"status\":\" first_success \"}").State);
            Assert.Equal(SunoTaskState.Succeeded, SunoTask.Parse("{\"taskId\":\"t\",\"status\":\"Wait_Validating\"}", SunoTaskFamily.VoiceValidation).State);
        }

        [Fact]
        public void The_status_is_read_from_the_familys_own_field_only()
        {
            // A WAV record has successFlag and no status; a stray status is not its status.
            var wav = SunoTask.Parse("{\"taskId\":\"w\",\"status\":\"SUCCESS\",\"successFlag\":\"PENDING\"}", SunoTaskFamily.Wav);
            var music = SunoTask.Parse("{\"taskId\":\"m\",\"status\":\"PENDING\",\"successFlag\":\"SUCCESS\"}", SunoTaskFamily.Music);

            Assert.Equal(SunoTaskState.Pending, wav.State);
            Assert.Equal(SunoTaskState.Pending, music.State);
        }
    }
}
