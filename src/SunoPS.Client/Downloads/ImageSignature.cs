using System.IO;

namespace SunoPS.Client.Downloads
{
    /// <summary>What the first bytes of a picture say it is: PNG, JPEG or WebP (the kinds a cover or a track's image comes as).</summary>
    internal static class ImageSignature
    {
        /// <summary>".png", ".jpg" or ".webp" for a file whose signature is one of those; null otherwise.</summary>
        public static string? ExtensionOf(string path)
        {
            var head = new byte[12];
            int count;
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64))
            {
                count = 0;
                int n;
                while (count < head.Length && (n = file.Read(head, count, head.Length - count)) > 0) count += n;
            }

            return ExtensionOf(head, count);
        }

        public static string? ExtensionOf(byte[] head, int count)
        {
            if (count >= 8 && head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G' &&
                head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A)
            {
                return ".png";
            }

            if (count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ".jpg";
            if (count >= 12 && head[0] == (byte)'R' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'F' &&
                head[8] == (byte)'W' && head[9] == (byte)'E' && head[10] == (byte)'B' && head[11] == (byte)'P')
            {
                return ".webp";
            }

            return null;
        }
    }
}
