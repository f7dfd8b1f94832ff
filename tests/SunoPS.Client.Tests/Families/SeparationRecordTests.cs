using System.Linq;
using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>Separation records (suno-api.md §4.19) read into one Stem output per stem, from both lists of the record.</summary>
    public sealed class SeparationRecordTests
    {
        /// <summary>The documented separate_vocal example, verbatim.</summary>
        private const string DocumentedExample =
            "{\"taskId\":\"3e63b4cc88d52611159371f6af5571e7\",\"musicId\":\"376c687e-d439-42c1-b1e4-bcb43b095ec2\",\"musicIndex\":0,\"callbackUrl\":\"https://57312fc2e366.ngrok-free.app/api/v1/vocal-removal/test\",\"completeTime\":1753782937000,\"response\":{\"id\":null,\"originUrl\":null,\"originData\":[{\"duration\":245.6,\"audio_url\":\"https://example001.mp3\",\"stem_type_group_name\":\"Vocals\",\"id\":\"3d7021c9-fa8b-4eda-91d1-3b9297ddb172\"},{\"duration\":245.6,\"audio_url\":\"https://example002.mp3\",\"stem_type_group_name\":\"Instrumental\",\"id\":\"d92a13bf-c6f4-4ade-bb47-f69738435528\"}],\"instrumentalUrl\":\"https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3\",\"vocalUrl\":\"https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3\",\"backingVocalsUrl\":null,\"drumsUrl\":null,\"bassUrl\":null,\"guitarUrl\":null,\"keyboardUrl\":null,\"percussionUrl\":null,\"stringsUrl\":null,\"synthUrl\":null,\"fxUrl\":null,\"brassUrl\":null,\"woodwindsUrl\":null},\"successFlag\":\"SUCCESS\",\"createTime\":1753782854000,\"errorCode\":null,\"errorMessage\":null}";

        [Fact]
        public void The_documented_example_gives_two_stems_with_their_origin_ids_and_the_file_host_links()
        {
            var task = SunoTask.Parse(DocumentedExample, SunoTaskFamily.Separation);

            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("376c687e-d439-42c1-b1e4-bcb43b095ec2", task.SourceAudioId);
            Assert.Equal(new[] { "Vocals", "Instrumental" }, task.Outputs.Select(o => o.StemName));
            Assert.All(task.Outputs, o =>
            {
                Assert.Equal(SunoOutputKind.Stem, o.Kind);
                Assert.True(o.IsPrimary);
                Assert.Equal(245.6, o.Duration);
                Assert.Equal(SunoTaskFamily.Separation, o.Family);
                Assert.Equal("3e63b4cc88d52611159371f6af5571e7", o.TaskId);
            });
            var vocals = task.Outputs[0];
            Assert.Equal("3d7021c9-fa8b-4eda-91d1-3b9297ddb172", vocals.Id); // MIDI's audioId
            Assert.Equal("https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3", vocals.Url);
            Assert.Equal(new[] { 1, 2 }, task.Outputs.Select(o => o.Index));
            Assert.Equal("Vocals, Instrumental", task.Outputs.ToString());
        }

        [Fact]
        public void Url_fields_without_origin_data_are_named_by_their_field_and_keep_the_source_id()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t1\",\"musicId\":\"m1\",\"successFlag\":\"SUCCESS\",\"response\":{\"originUrl\":null," +
                                      "\"drumsUrl\":\"https://f/d.mp3\",\"backingVocalsUrl\":\"https://f/b.mp3\",\"fxUrl\":\"https://f/x.mp3\"," +
                                      "\"leadGuitarUrl\":\"https://f/g.mp3\",\"instrumentalUrl\":null}}", SunoTaskFamily.Separation);

            Assert.Equal(new[] { "Drums", "Backing Vocals", "FX", "Lead Guitar" }, task.Outputs.Select(o => o.StemName));
            Assert.All(task.Outputs, o => Assert.Equal("m1", o.Id));
        }

        [Fact]
        public void A_stem_only_in_origin_data_is_kept_and_the_same_stem_in_both_lists_is_one_output()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t1\",\"successFlag\":\"SUCCESS\",\"response\":{\"originData\":[" +
                                      "{\"duration\":10,\"audio_url\":\"https://f/a.mp3\",\"stem_type_group_name\":\"Synth Pad\",\"id\":\"s1\"}," +
                                      "{\"duration\":10,\"audio_url\":\"https://f/v.mp3\",\"stem_type_group_name\":\"Vocals\",\"id\":\"s2\"}]," +
                                      "\"vocalUrl\":\"https://f/v.mp3\"}}", SunoTaskFamily.Separation);

            Assert.Equal(new[] { "Synth Pad", "Vocals" }, task.Outputs.Select(o => o.StemName));
            Assert.Equal(new[] { "s1", "s2" }, task.Outputs.Select(o => o.Id));
        }

        [Fact]
        public void A_pending_record_has_no_outputs_and_a_mode_in_param_is_the_type()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t1\",\"successFlag\":\"PENDING\",\"response\":null,\"param\":\"{\\\"type\\\":\\\"split_stem\\\"}\"}",
                SunoTaskFamily.Separation);

            Assert.Equal(SunoTaskState.Pending, task.State);
            Assert.Empty(task.Outputs);
            Assert.Equal("split_stem", task.Type);
        }
    }
}
