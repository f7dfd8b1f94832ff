using System;
using System.IO;
using System.Linq;
using System.Text;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Hostile titles become one safe file name inside the target folder, on Windows and Unix alike.</summary>
    public sealed class SafeFileNameTests
    {
        private static readonly char[] Forbidden = "<>:\"/\\|?*".ToCharArray();

        [Theory]
        [InlineData("song\u202Egpj.exe", "songgpj.exe")] // right-to-left override: would show as "songexe.jpg"
        [InlineData("\u202Ainside\u202C", "inside")]
        [InlineData("\u2066isolated\u2069 \u2067x\u2068", "isolated x")]
        [InlineData("marks\u200E\u200F\u061C", "marks")]
        [InlineData("-rf", "rf")]
        [InlineData("--help me", "help me")]
        [InlineData(" - dash", "dash")]
        [InlineData("a-b", "a-b")]
        [InlineData("-\u202E-", "Untitled")]
        public void Bidi_controls_and_a_leading_dash_are_removed(string title, string expected)
        {
            Assert.Equal(expected, SafeFileName.Make(title));
        }

        [Theory]
        [InlineData(@"..\..\evil", "_.._evil")]
        [InlineData("../../etc/passwd", "_.._etc_passwd")]
        [InlineData("a/b", "a_b")]
        [InlineData(@"C:\Windows\System32", "C__Windows_System32")]
        [InlineData("  dots...  ", "dots")]
        [InlineData("...", "Untitled")]
        [InlineData("..", "Untitled")]
        [InlineData("", "Untitled")]
        [InlineData("   ", "Untitled")]
        [InlineData("What? <Why> \"Now\" | *", "What_ _Why_ _Now_ _ _")]
        [InlineData("line\r\nbreak\ttab\0nul", "line break tab nul")]
        [InlineData("Peaceful Piano", "Peaceful Piano")]
        public void Makes_names_safe(string title, string expected) => Assert.Equal(expected, SafeFileName.Make(title));

        [Theory]
        [InlineData("CON")]
        [InlineData("con")]
        [InlineData("Nul")]
        [InlineData("PRN")]
        [InlineData("AUX")]
        [InlineData("COM1")]
        [InlineData("com9")]
        [InlineData("LPT1")]
        [InlineData("lpt9")]
        [InlineData("NUL.txt")]
        [InlineData("con.tar.gz")]
        [InlineData("COM\u00B9")]
        [InlineData("CON ")]
        public void Device_names_are_prefixed(string title)
        {
            var name = SafeFileName.Make(title);
            Assert.StartsWith("_", name);
            Assert.False(SafeFileName.IsDeviceName(name));
        }

        [Theory]
        [InlineData("CONSOLE")]
        [InlineData("COM10")]
        [InlineData("Connect")]
        [InlineData("AUXILIARY")]
        public void Names_that_only_start_like_devices_are_kept(string title) => Assert.Equal(title, SafeFileName.Make(title));

        [Theory]
        [InlineData("Canción de la lluvia")]
        [InlineData("雨の日のピアノ")]
        [InlineData("Ночной город")]
        [InlineData("Fire \U0001F525 and Ice \u2744\uFE0F")]
        [InlineData("\U0001F3B9\U0001F3B6")]
        public void Unicode_titles_are_kept(string title) => Assert.Equal(title.Normalize(NormalizationForm.FormC), SafeFileName.Make(title));

        [Fact]
        public void Long_titles_are_cut_to_200_chars()
        {
            var name = SafeFileName.Make(new string('a', 300));
            Assert.Equal(200, name.Length);
        }

        [Fact]
        public void Long_titles_are_cut_without_splitting_surrogate_pairs()
        {
            var title = "x" + string.Concat(Enumerable.Repeat("\U0001F3B5", 150)); // 1 + 300 UTF-16 units
            var name = SafeFileName.Make(title);
            Assert.True(name.Length <= SafeFileName.MaxChars);
            Assert.False(char.IsHighSurrogate(name[name.Length - 1]));
            Assert.Equal(name.Length, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)).Length);
            Assert.True(Encoding.UTF8.GetByteCount(name) <= SafeFileName.MaxUtf8Bytes);
        }

        [Fact]
        public void Long_cjk_titles_fit_linux_byte_limits()
        {
            var name = SafeFileName.Make(new string('雨', 300));
            Assert.True(Encoding.UTF8.GetByteCount(name) <= SafeFileName.MaxUtf8Bytes);
            Assert.Equal(66, name.Length); // 3 bytes each
        }

        [Fact]
        public void A_cut_never_leaves_a_trailing_dot_or_space()
        {
            var name = SafeFileName.Make(new string('a', 198) + " .bcdef");
            Assert.False(name.EndsWith(" ", StringComparison.Ordinal) || name.EndsWith(".", StringComparison.Ordinal));
        }

        [Fact]
        public void Lone_surrogates_are_replaced()
        {
            var name = SafeFileName.Make("bad\uD800half");
            Assert.Equal("bad_half", name);
        }

        [Theory]
        [InlineData(@"..\..\evil")]
        [InlineData("../../evil")]
        [InlineData("/etc/passwd")]
        [InlineData(@"\\server\share\x")]
        [InlineData("C:evil")]
        [InlineData("..")]
        [InlineData("a\0b")]
        public void Planned_paths_never_leave_the_folder(string title)
        {
            var folder = Path.Combine(Path.GetTempPath(), "suno-plan-" + Guid.NewGuid().ToString("N"));
            var planner = new OutputPathPlanner(folder);
            var path = planner.PathFor(Song("11111111-2222-3333-4444-555555555555", title));

            Assert.Equal(Path.GetFullPath(folder), Path.GetDirectoryName(path));
            var name = Path.GetFileName(path);
            Assert.EndsWith(" - 11111111.mp3", name);
            Assert.False(name.StartsWith(".", StringComparison.Ordinal));
            Assert.Equal(-1, name.IndexOfAny(Forbidden));
        }

        [Fact]
        public void Two_tracks_with_the_same_title_get_different_names()
        {
            var planner = new OutputPathPlanner(Path.GetTempPath());
            var a = planner.PathFor(Song("aaaaaaaa-0000-0000-0000-000000000001", "Same"));
            var b = planner.PathFor(Song("bbbbbbbb-0000-0000-0000-000000000002", "Same"));
            Assert.NotEqual(a, b);
            Assert.EndsWith("Same - aaaaaaaa.mp3", a);
            Assert.EndsWith("Same - bbbbbbbb.mp3", b);
        }

        [Fact]
        public void Equal_names_get_a_suffix_ignoring_case()
        {
            var planner = new OutputPathPlanner(Path.GetTempPath(), FileNameTemplate.Parse("{Title}"));
            var a = planner.PathFor(Song("aaaaaaaa-0000-0000-0000-000000000001", "Rain"));
            var b = planner.PathFor(Song("bbbbbbbb-0000-0000-0000-000000000002", "RAIN"));
            var c = planner.PathFor(Song("cccccccc-0000-0000-0000-000000000003", "rain"));
            Assert.EndsWith("Rain.mp3", a);
            Assert.EndsWith("RAIN (2).mp3", b);
            Assert.EndsWith("rain (3).mp3", c);
            Assert.Equal(a, planner.PathFor(Song("aaaaaaaa-0000-0000-0000-000000000001", "Rain")));
        }

        [Fact]
        public void Templates_expand_every_token()
        {
            var task = SunoTask.Parse(@"{""taskId"":""task123"",""status"":""SUCCESS"",""param"":""{\""model\"":\""V5\""}"",
                ""response"":{""sunoData"":[{""id"":""00000000-first"",""title"":""Other""},
                {""id"":""6471dc8b-0883-47bc-bc5e-11fa0c4316af"",""title"":""Infernal Reign"",""tags"":""metal, heavy"",""modelName"":""chirp-crow""}]}}");
            var song = DownloadFixture.Song(task, 1);
            var template = FileNameTemplate.Parse("{index}. {Title} [{Model}] {Tags} {TaskId} {ShortId} {Id} {Kind}");
            Assert.Equal("2. Infernal Reign [V5] metal, heavy task123 6471dc8b 6471dc8b-0883-47bc-bc5e-11fa0c4316af Audio",
                template.Expand(song, task));
            Assert.Equal("Infernal Reign - 6471dc8b", FileNameTemplate.Default.Expand(song));
        }

        [Theory]
        [InlineData("{Nope}")]
        [InlineData("{Title")]
        [InlineData("fixed name")]
        public void Bad_templates_are_invalid_requests(string pattern)
        {
            var e = Assert.Throws<SunoException>(() => FileNameTemplate.Parse(pattern));
            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Contains("{ShortId}", e.Message);
        }

        [Fact]
        public void Template_literals_cannot_make_subfolders()
        {
            var folder = Path.Combine(Path.GetTempPath(), "suno-plan");
            var planner = new OutputPathPlanner(folder, FileNameTemplate.Parse("../{Title}/x"));
            var path = planner.PathFor(Song("aaaaaaaa-0000-0000-0000-000000000001", "t"));
            Assert.Equal(Path.GetFullPath(folder), Path.GetDirectoryName(path));
            Assert.Equal("_t_x.mp3", Path.GetFileName(path)); // leading dots go: no hidden files
        }

        /// <summary>The song output of a one-track music task.</summary>
        internal static SunoTaskOutput Song(string id, string title) =>
            DownloadFixture.Song(SunoTask.Parse(@"{""taskId"":""t1"",""status"":""SUCCESS"",""response"":{""sunoData"":[{""id"":" + Json(id) + @",""audioUrl"":""https://files.example/a.mp3"",""title"":" + Json(title) + "}]}}"));

        private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
    }
}
