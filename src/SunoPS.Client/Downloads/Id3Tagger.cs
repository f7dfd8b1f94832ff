using System;
using System.Linq;
using TagLib;
using TagLib.Id3v2;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Writes a track's metadata into its MP3 as ID3v2.3 tags (the version every player reads): title, style
    /// tags as genre, lyrics (USLT), the cover (APIC front cover), "Suno" as artist, and the task and track
    /// ids (a comment and TXXX frames), so the file shows properly and can be traced back to its task.
    /// </summary>
    public static class Id3Tagger
    {
        public const string Artist = "Suno";
        public const string TaskIdDescription = "SUNO_TASK_ID";
        public const string TrackIdDescription = "SUNO_TRACK_ID";
        public const string ModelDescription = "SUNO_MODEL";
        private const string Instrumental = "[Instrumental]";

        /// <summary>Tags the MP3 at <paramref name="path"/> in place; the name need not end in .mp3.</summary>
        public static void Write(string path, SunoTrack track, SunoTask? task, byte[]? coverJpeg)
        {
            using (var file = TagLib.File.Create(new TagLib.File.LocalFileAbstraction(path), "taglib/mp3", ReadStyle.None))
            {
                var tag = (TagLib.Id3v2.Tag)file.GetTag(TagTypes.Id3v2, true);
                tag.Version = 3;

                tag.Title = NullIfBlank(track.Title) ?? NullIfBlank(task?.Title);
                var genre = NullIfBlank(track.Tags) ?? NullIfBlank(task?.Style);
                tag.Genres = genre == null ? new string[0] : new[] { genre };
                tag.Performers = new[] { Artist };
                tag.AlbumArtists = new[] { Artist };

                var lyrics = NullIfBlank(track.Lyrics);
                tag.Lyrics = lyrics == null || string.Equals(lyrics.Trim(), Instrumental, StringComparison.OrdinalIgnoreCase) ? null : lyrics;

                var created = track.CreatedAt ?? task?.CreatedAt;
                if (created.HasValue) tag.Year = (uint)created.Value.Year;

                var taskId = string.IsNullOrEmpty(track.TaskId) ? task?.TaskId : track.TaskId;
                tag.Comment = "Suno task " + taskId + ", track " + track.Id;
                SetUserText(tag, TaskIdDescription, taskId);
                SetUserText(tag, TrackIdDescription, track.Id);
                SetUserText(tag, ModelDescription, NullIfBlank(track.ModelName) ?? task?.Model);

                if (coverJpeg != null && coverJpeg.Length > 0)
                {
                    tag.Pictures = new IPicture[]
                    {
                        new Picture(new ByteVector(coverJpeg))
                        {
                            Type = PictureType.FrontCover,
                            MimeType = "image/jpeg",
                            Description = "Cover",
                        },
                    };
                }

                file.Save();
            }
        }

        /// <summary>Reads a TXXX value written by <see cref="Write"/> (for checks and tests).</summary>
        public static string? ReadUserText(string path, string description)
        {
            using (var file = TagLib.File.Create(new TagLib.File.LocalFileAbstraction(path), "taglib/mp3", ReadStyle.None))
            {
                var tag = (TagLib.Id3v2.Tag?)file.GetTag(TagTypes.Id3v2, false);
                var frame = tag == null ? null : UserTextInformationFrame.Get(tag, description, false);
                return frame?.Text.FirstOrDefault();
            }
        }

        private static void SetUserText(TagLib.Id3v2.Tag tag, string description, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            var frame = UserTextInformationFrame.Get(tag, description, true);
            frame.Text = new[] { value! };
        }

        private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
