using System.IO;
using System.Linq;
using NAudio.Midi;
using SunoPS.Client.Downloads.Formats;
using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>MIDI records (suno-api.md §4.20, §6.5): an integer successFlag, notes instead of a file, and the .mid built from them.</summary>
    public sealed class MidiRecordTests
    {
        /// <summary>The documented record-info example, verbatim.</summary>
        private const string DocumentedExample =
            "{\"taskId\":\"5c79****be8e\",\"recordTaskId\":-1,\"audioId\":\"e231****-****-****-****-****8cadc7dc\",\"callbackUrl\":\"https://example.callback\",\"completeTime\":1760335255000,\"midiData\":{\"state\":\"complete\",\"instruments\":[{\"name\":\"Drums\",\"notes\":[{\"pitch\":73,\"start\":0.036458333333333336,\"end\":0.18229166666666666,\"velocity\":1},{\"pitch\":61,\"start\":0.046875,\"end\":0.19270833333333334,\"velocity\":1}]},{\"name\":\"Electric Bass (finger)\",\"notes\":[{\"pitch\":44,\"start\":7.6875,\"end\":7.911458333333333,\"velocity\":1}]}]},\"successFlag\":1,\"createTime\":1760335251000,\"errorCode\":null,\"errorMessage\":null}";

        /// <summary>The documented callback's data, whose times come as strings.</summary>
        private const string CallbackData =
            "{\"state\":\"complete\",\"instruments\":[{\"name\":\"Drums\",\"notes\":[{\"pitch\":73,\"start\":\"0.036458333333333336\",\"end\":\"0.18229166666666666\",\"velocity\":1},{\"pitch\":61,\"start\":0.046875,\"end\":\"0.19270833333333334\",\"velocity\":1},{\"pitch\":73,\"start\":0.1875,\"end\":\"0.4895833333333333\",\"velocity\":1}]},{\"name\":\"Electric Bass (finger)\",\"notes\":[{\"pitch\":44,\"start\":7.6875,\"end\":\"7.911458333333333\",\"velocity\":1},{\"pitch\":56,\"start\":7.6875,\"end\":\"7.911458333333333\",\"velocity\":1},{\"pitch\":51,\"start\":7.6875,\"end\":\"7.911458333333333\",\"velocity\":1}]}]}";

        [Fact]
        public void The_documented_example_is_a_success_with_its_notes_and_one_midi_output_without_a_url()
        {
            var task = SunoTask.Parse(DocumentedExample, SunoTaskFamily.Midi);

            Assert.Equal("1", task.ApiStatus);
            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("e231****-****-****-****-****8cadc7dc", task.SourceAudioId);
            Assert.Equal(3, task.NoteCount);
            Assert.Equal(new[] { "Drums", "Electric Bass (finger)" }, task.Midi!.Instruments.Select(i => i.Name));
            Assert.True(task.Midi.Instruments[0].IsDrums);
            var note = task.Midi.Instruments[1].Notes[0];
            Assert.Equal(44, note.Pitch);
            Assert.Equal(7.6875, note.Start);
            Assert.Equal(1, note.Velocity);

            var output = Assert.Single(task.Outputs);
            Assert.Equal(SunoOutputKind.Midi, output.Kind);
            Assert.Null(output.Url);
            Assert.Same(task.Midi, output.Content);
            Assert.True(output.IsAvailable);
            Assert.Equal(7.911458333333333, output.Duration);
        }

        [Fact]
        public void Times_given_as_strings_are_read_as_numbers()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t\",\"successFlag\":1,\"midiData\":" + CallbackData + "}", SunoTaskFamily.Midi);

            Assert.Equal(6, task.NoteCount);
            Assert.Equal(0.18229166666666666, task.Midi!.Instruments[0].Notes[0].End);
        }

        [Theory]
        [InlineData("0", SunoTaskState.Pending, "PENDING")]
        [InlineData("2", SunoTaskState.Failed, "CREATE_TASK_FAILED")]
        [InlineData("3", SunoTaskState.Failed, "GENERATE_MIDI_FAILED")]
        public void Other_flags_have_no_notes(string flag, SunoTaskState state, string status)
        {
            var task = SunoTask.Parse("{\"taskId\":\"t\",\"successFlag\":" + flag + ",\"midiData\":null}", SunoTaskFamily.Midi);

            Assert.Equal(state, task.State);
            Assert.Equal(status, task.Status);
            Assert.Null(task.Midi);
            Assert.Null(task.NoteCount);
            Assert.Empty(task.Outputs);
        }

        [Fact]
        public void The_file_built_from_the_notes_is_a_standard_midi_file_with_a_track_per_instrument()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t\",\"successFlag\":1,\"midiData\":" + CallbackData + "}", SunoTaskFamily.Midi);
            var bytes = MidiFormat.Instance.Render(task.Outputs[0]);

            Assert.Equal("MThd", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            var file = new MidiFile(new MemoryStream(bytes), true);
            Assert.Equal(1, file.FileFormat);
            Assert.Equal(480, file.DeltaTicksPerQuarterNote);
            Assert.Equal(3, file.Tracks);
            var tempo = Assert.Single(file.Events[0].OfType<TempoEvent>());
            Assert.Equal(500000, tempo.MicrosecondsPerQuarterNote);

            var drums = file.Events[1];
            Assert.Equal("Drums", drums.OfType<TextEvent>().First(e => e.MetaEventType == MetaEventType.SequenceTrackName).Text);
            var drumNotes = drums.OfType<NoteOnEvent>().Where(n => n.Velocity > 0).ToList();
            Assert.Equal(new[] { 73, 61, 73 }, drumNotes.Select(n => n.NoteNumber));
            Assert.All(drumNotes, n => Assert.Equal(10, n.Channel));
            Assert.All(drumNotes, n => Assert.Equal(127, n.Velocity));
            Assert.Equal(35, drumNotes[0].AbsoluteTime); // 0.0365 s at 960 ticks a second
            Assert.Equal(175 - 35, drumNotes[0].NoteLength);

            var bass = file.Events[2];
            Assert.Equal("Electric Bass (finger)", bass.OfType<TextEvent>().First().Text);
            Assert.All(bass.OfType<NoteOnEvent>(), n => Assert.NotEqual(10, n.Channel));
            Assert.Equal(7380, bass.OfType<NoteOnEvent>().First().AbsoluteTime);
            for (var t = 0; t < file.Tracks; t++) Assert.True(MidiEvent.IsEndTrack(file.Events[t].Last()));
            Assert.Equal(task.NoteCount, MidiFormat.CountNotes(file));
        }

        [Fact]
        public void Velocities_from_0_to_1_become_1_to_127()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t\",\"successFlag\":1,\"midiData\":{\"instruments\":[{\"name\":\"Piano\",\"notes\":[" +
                                      "{\"pitch\":60,\"start\":0,\"end\":1,\"velocity\":0},{\"pitch\":62,\"start\":1,\"end\":2,\"velocity\":0.5}," +
                                      "{\"pitch\":64,\"start\":2,\"end\":2,\"velocity\":1}]}]}}", SunoTaskFamily.Midi);
            var file = new MidiFile(new MemoryStream(MidiFormat.Instance.Render(task.Outputs[0])), true);

            var notes = file.Events[1].OfType<NoteOnEvent>().Where(n => n.Velocity > 0).ToList();
            Assert.Equal(new[] { 1, 64, 127 }, notes.Select(n => n.Velocity));
            Assert.Equal(1, notes[2].NoteLength); // a note that ends where it starts still sounds for a tick
        }
    }
}
