using System.IO;
using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Cmdlets
{
    /// <summary>
    /// The music-family cmdlets bind rows and tracks by property name; a piped track's own Title, Tags and Lyrics
    /// describe the source and are not taken for the user's choices; -WhatIf and refusals send and upload nothing;
    /// errors name the cmdlet's own parameters.
    /// </summary>
    public sealed class MusicFamilyBindingTests : CmdletTest
    {
        private SunoTask FinishedMusic() =>
            Run("New-SunoMusic -Prompt 'A calm piano track' -Wait -PollIntervalSec 0.05").AssertClean().OutputOf<SunoTask>().Single();

        [Fact]
        public void A_piped_track_extends_with_inherited_parameters_its_title_notwithstanding()
        {
            var music = FinishedMusic();

            var extension = Run("$t | New-SunoExtension", Vars(("t", music.Tracks[0]))).AssertClean().OutputOf<SunoTask>().Single();

            Assert.Equal(false, extension.Parameters["defaultParamFlag"]);
            Assert.False(extension.Parameters.ContainsKey("title"));
            Assert.Equal(music.Model, extension.Parameters["model"]);
            Assert.Equal(music.Tracks[0].Id, extension.Parameters["audioId"]);
        }

        [Fact]
        public void A_piped_tracks_lyrics_are_not_the_new_section_lyrics()
        {
            var music = FinishedMusic();

            var run = Run("$t | Edit-SunoTrack -SectionStart 1 -SectionEnd 8 -FullLyrics 'all' -WhatIf", Vars(("t", music.Tracks[0])));

            var error = Assert.Single(run.Errors);
            Assert.Contains("-Lyrics is required", error.ToString());
            Assert.DoesNotContain("-Prompt", error.ToString());
        }

        [Fact]
        public void Rows_submit_sounds_with_their_aliases()
        {
            var run = Run(@"
                [pscustomobject]@{ Prompt = 'Rain'; SoundLoop = 'true'; Bpm = '120'; SoundKey = 'Am' },
                [pscustomobject]@{ Description = 'Wind'; Tempo = ''; Key = '' } | New-SunoSound").AssertClean();

            var tasks = run.OutputOf<SunoTask>().ToList();
            Assert.Equal(2, tasks.Count);
            Assert.Equal(true, tasks[0].Parameters["soundLoop"]);
            Assert.Equal(120, tasks[0].Parameters["soundTempo"]);
            Assert.Equal("Am", tasks[0].Parameters["soundKey"]);
            Assert.False(tasks[1].Parameters.ContainsKey("soundTempo"));
            Assert.False(tasks[1].Parameters.ContainsKey("callBackUrl")); // optional here: no placeholder
        }

        [Fact]
        public void WhatIf_with_a_local_file_uploads_nothing_and_submits_nothing()
        {
            var path = Path.Combine(Path.GetTempPath(), "sunops-" + System.Guid.NewGuid().ToString("N") + ".mp3");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });
            try
            {
                var run = Run(@"
                    New-SunoCover -AudioPath $p -Prompt 'x' -WhatIf
                    New-SunoExtension -AudioPath $p -WhatIf
                    Add-SunoInstrumental -AudioPath $p -Title t -Style s -NegativeTags n -WhatIf
                    Add-SunoVocal -AudioPath $p -Prompt l -Title t -Style s -NegativeTags n -WhatIf
                    New-SunoMashup -AudioPath $p, $p -WhatIf
                    Edit-SunoTrack -AudioPath $p -SectionStart 0 -SectionEnd 10 -Lyrics l -FullLyrics f -Title t -Style s -WhatIf
                    Send-SunoFile $p -WhatIf", Vars(("p", path))).AssertClean();

                Assert.Equal(0, State.Stats.ApiRequests);
                Assert.Equal(0, State.Stats.UploadRequests);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_missing_audio_file_is_SunoFileNotFound_and_nothing_is_sent()
        {
            var run = Run("New-SunoCover -AudioPath ./no-such-song.mp3 -Prompt 'x'");

            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoFileNotFound", error.FullyQualifiedErrorId);
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Fact]
        public void Refusals_name_the_parameters_of_the_cmdlet()
        {
            var run = Run(@"
                Add-SunoInstrumental -UploadUri 'https://example.org/v.mp3' -Title t
                Edit-SunoTrack -TaskId t -AudioId a -SectionStart 10 -SectionEnd 5 -Lyrics l -FullLyrics f -Title t -Style s
                New-SunoMashup -UploadUri 'https://example.org/a.mp3'");

            Assert.Equal(3, run.Errors.Count);
            Assert.Contains("-Style is required", run.Errors[0].ToString());
            Assert.Contains("-NegativeTags is required", run.Errors[0].ToString());
            Assert.Contains("-SectionEnd (5) must be later than -SectionStart", run.Errors[1].ToString());
            Assert.Contains("Exactly 2 audios are required (-UploadUri); 1 were given", run.Errors[2].ToString());
            Assert.All(run.Errors, e => Assert.StartsWith("SunoInvalidRequest", e.FullyQualifiedErrorId));
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Fact]
        public void The_upload_host_in_effect_is_shown_and_comes_from_Set_SunoApiKey()
        {
            var info = Run("Get-SunoApiKey").AssertClean().OutputOf<SunoApiKeyInfo>().Single();
            Assert.Equal(Emulator.UploadsUri, info.UploadBaseUri);
        }
    }
}
