using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>ISO media files built box by box for the tests: a well-formed MP4/M4A, or one with a box missing or cut.</summary>
    internal static class IsoMediaFiles
    {
        public static byte[] Box(string type, byte[] payload)
        {
            var box = new byte[8 + payload.Length];
            var size = box.Length;
            box[0] = (byte)(size >> 24);
            box[1] = (byte)(size >> 16);
            box[2] = (byte)(size >> 8);
            box[3] = (byte)size;
            Encoding.ASCII.GetBytes(type, 0, 4, box, 4);
            payload.CopyTo(box, 8);
            return box;
        }

        public static byte[] Ftyp(string brand = "isom") => Box("ftyp", Encoding.ASCII.GetBytes(brand + "\0\0\u0002\0isomiso2mp41"));

        public static byte[] Moov() => Box("moov", Box("mvhd", new byte[100]));

        public static byte[] Mdat(int bytes = 3000) => Box("mdat", Enumerable.Range(0, bytes).Select(i => (byte)i).ToArray());

        public static byte[] Join(params byte[][] boxes) => boxes.SelectMany(b => b).ToArray();

        /// <summary>ftyp, moov and mdat: what a player opens.</summary>
        public static byte[] Mp4() => Join(Ftyp(), Moov(), Mdat());

        public static byte[] M4a() => Join(Ftyp("M4A "), Moov(), Mdat());
    }
}
