using System;
using System.IO;
using System.Text;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// The box structure of an ISO base media file (MP4 video, M4A audio): it starts with an <c>ftyp</c> box (its type at
    /// offset 4), its top-level boxes tile the file exactly, and one of them is the <c>moov</c> box a player needs.
    /// A body that is cut short, padded, or not such a file at all is told apart from a good one without decoding it.
    /// </summary>
    internal static class IsoMediaFile
    {
        /// <summary>True when the first bytes name an <c>ftyp</c> box at offset 4.</summary>
        public static bool StartsWithFtyp(byte[] head, int count) =>
            count >= 8 && head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p';

        /// <summary>Null when the file is a complete ISO media file; otherwise why not.</summary>
        public static string? Problem(string path)
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
            {
                var length = file.Length;
                var header = new byte[16];
                long offset = 0;
                var sawMoov = false;
                var first = true;
                while (offset < length)
                {
                    file.Position = offset;
                    if (ReadFully(file, header, 8) < 8) return "The file ends inside a box header at byte " + offset + ".";
                    long size = ReadUInt32(header, 0);
                    var type = Encoding.ASCII.GetString(header, 4, 4);
                    var headerSize = 8;
                    if (size == 1)
                    {
                        if (ReadFully(file, header, 8) < 8) return "The file ends inside a box header at byte " + offset + ".";
                        size = (long)((ulong)ReadUInt32(header, 0) << 32 | ReadUInt32(header, 4));
                        headerSize = 16;
                    }
                    else if (size == 0)
                    {
                        size = length - offset; // the last box runs to the end of the file
                    }

                    if (first && type != "ftyp") return "The file is not an MP4/M4A file (no ftyp box at its start).";
                    first = false;
                    if (size < headerSize) return "The box '" + type + "' at byte " + offset + " has an impossible size.";
                    if (offset + size > length) return "The file is cut short inside its '" + type + "' box.";
                    if (type == "moov") sawMoov = true;
                    offset += size;
                }

                if (first) return "The file is empty.";
                return sawMoov ? null : "The MP4/M4A file has no moov box, so no player can open it.";
            }
        }

        private static uint ReadUInt32(byte[] b, int at) => (uint)(b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]);

        private static int ReadFully(Stream stream, byte[] buffer, int count)
        {
            var read = 0;
            while (read < count)
            {
                var n = stream.Read(buffer, read, count - read);
                if (n == 0) break;
                read += n;
            }

            return read;
        }
    }
}
