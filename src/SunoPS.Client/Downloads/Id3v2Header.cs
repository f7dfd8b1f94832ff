namespace SunoPS.Client.Downloads
{
    /// <summary>The 10-byte header that starts an ID3v2 tag: "ID3", version, flags, and a syncsafe size.</summary>
    internal static class Id3v2Header
    {
        public const int Size = 10;

        /// <summary>
        /// The whole tag's length in bytes (header, body and footer) when <paramref name="header"/> starts with an
        /// ID3v2 header; 0 when it does not.
        /// </summary>
        public static long TagLength(byte[] header)
        {
            if (header[0] != (byte)'I' || header[1] != (byte)'D' || header[2] != (byte)'3' ||
                header[3] == 0xFF || header[4] == 0xFF ||
                (header[6] | header[7] | header[8] | header[9]) >= 0x80)
            {
                return 0;
            }

            var body = (header[6] << 21) | (header[7] << 14) | (header[8] << 7) | header[9];
            var hasFooter = (header[5] & 0x10) != 0;
            return Size + body + (hasFooter ? Size : 0);
        }
    }
}
