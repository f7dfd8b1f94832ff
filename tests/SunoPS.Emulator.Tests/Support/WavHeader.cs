using System.Buffers.Binary;
using System.Text;

namespace SunoPS.Emulator.Tests.Support;

/// <summary>Reads a canonical 44-byte RIFF/WAVE PCM header and checks its fields agree (written for these tests).</summary>
internal sealed record WavHeader(uint RiffSize, ushort Format, ushort Channels, uint SampleRate, uint ByteRate, ushort BlockAlign, ushort BitsPerSample, uint DataSize)
{
    public static WavHeader Parse(ReadOnlySpan<byte> h)
    {
        if (h.Length < 44) throw new InvalidDataException($"Only {h.Length} header bytes.");
        Expect(h, 0, "RIFF");
        Expect(h, 8, "WAVE");
        Expect(h, 12, "fmt ");
        if (BinaryPrimitives.ReadUInt32LittleEndian(h[16..]) != 16) throw new InvalidDataException("fmt chunk is not 16 bytes.");
        Expect(h, 36, "data");
        var header = new WavHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(h[20..]),
            BinaryPrimitives.ReadUInt16LittleEndian(h[22..]),
            BinaryPrimitives.ReadUInt32LittleEndian(h[24..]),
            BinaryPrimitives.ReadUInt32LittleEndian(h[28..]),
            BinaryPrimitives.ReadUInt16LittleEndian(h[32..]),
            BinaryPrimitives.ReadUInt16LittleEndian(h[34..]),
            BinaryPrimitives.ReadUInt32LittleEndian(h[40..]));
        if (header.BlockAlign != header.Channels * header.BitsPerSample / 8) throw new InvalidDataException("Block align does not match.");
        if (header.ByteRate != header.SampleRate * header.BlockAlign) throw new InvalidDataException("Byte rate does not match.");
        if (header.RiffSize != 36 + header.DataSize) throw new InvalidDataException("RIFF size does not match the data size.");
        return header;
    }

    private static void Expect(ReadOnlySpan<byte> h, int offset, string tag)
    {
        if (Encoding.ASCII.GetString(h.Slice(offset, 4)) != tag) throw new InvalidDataException($"Expected '{tag}' at {offset}.");
    }
}
