using System;
using System.Linq;
using TagLib;
using TagLib.Id3v2;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Makes the ID3v2.3 tag (the version every player reads) that carries a track's metadata in its MP3: title,
    /// style tags as genre, lyrics (USLT), the cover (APIC front cover), "Suno" as artist, and the task and track
    /// ids (a comment and TXXX frames), so the file shows properly and can be traced back to its task.
    /// </summary>
    public static class Id3Tagger
    {
        public const string Artist = "Suno";
        public const string TaskIdDescription = "SUNO_TASK_ID";
        public const string TrackIdDescription = "SUNO_TRACK_ID";
        public const string ModelDescription = "SUNO_MODEL";
        private const string Instrumental = "[Instrumental]";

        /// <summary>
        /// Renders the tag for <paramref name="track"/> to bytes that go at the very start of its MP3, ahead of the
        /// audio, so the file never has to be rewritten to make room for it. TagLib adds 1 KiB of padding after
        /// the frames, which lets other tools edit the tag later without rewriting the file either.
        /// </summary>
        public static byte[] Render(SunoTrack track, SunoTask? task, byte[]? coverJpeg)
        {
            var tag = new TagLib.Id3v2.Tag { Version = 3 };

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

            return tag.Render().Data;
        }

        /// <summary>Reads a TXXX value of a tag made by <see cref="Render"/> from a saved file (for checks and tests).</summary>
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
