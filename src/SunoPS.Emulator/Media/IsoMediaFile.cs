using System.Buffers.Binary;
using System.Text;

namespace SunoPS.Emulator.Media;

/// <summary>
/// Minimal ISO base media files: an <c>ftyp</c> box (MP4 video brand or M4A audio brand), a <c>moov</c> box with a
/// movie header that states the duration, and an <c>mdat</c> box of zeroed media data. Players and box parsers read
/// the structure; there is nothing to decode, which is all a test of a download needs.
/// </summary>
internal static class IsoMediaFile
{
    public const string VideoContentType = "video/mp4";
    public const string AudioContentType = "audio/mp4";

    private const uint TimeScale = 1000;

    public static byte[] Video(double seconds, int mediaBytes = 2048) => Build("isom", ["isom", "iso2", "mp41"], seconds, mediaBytes);

    public static byte[] Audio(double seconds, int mediaBytes = 2048) => Build("M4A ", ["M4A ", "isom", "mp42"], seconds, mediaBytes);

    private static byte[] Build(string brand, string[] compatible, double seconds, int mediaBytes)
    {
        var ftyp = Box("ftyp", w =>
        {
            w.Write(Encoding.ASCII.GetBytes(brand));
            WriteUInt32(w, 0x200);
            foreach (var c in compatible) w.Write(Encoding.ASCII.GetBytes(c));
        });
        var mvhd = Box("mvhd", w =>
        {
            WriteUInt32(w, 0); // version 0, no flags
            WriteUInt32(w, 0); // creation time
            WriteUInt32(w, 0); // modification time
            WriteUInt32(w, TimeScale);
            WriteUInt32(w, (uint)Math.Round(seconds * TimeScale));
            WriteUInt32(w, 0x00010000); // rate 1.0
            w.Write((byte)0x01); w.Write((byte)0x00); // volume 1.0
            w.Write(new byte[10]); // reserved
            foreach (var m in new uint[] { 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000 }) WriteUInt32(w, m); // unity matrix
            w.Write(new byte[24]); // pre-defined
            WriteUInt32(w, 1); // next track id
        });
        var moov = Box("moov", w => w.Write(mvhd));
        var mdat = Box("mdat", w => w.Write(new byte[mediaBytes]));
        return [.. ftyp, .. moov, .. mdat];
    }

    private static byte[] Box(string type, Action<BinaryWriter> writePayload)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.ASCII, leaveOpen: true)) writePayload(w);
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4, 4));
        payload.ToArray().CopyTo(box, 8);
        return box;
    }

    private static void WriteUInt32(BinaryWriter w, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        w.Write(b);
    }
}
