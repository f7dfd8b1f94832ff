using System;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Walks an MPEG audio stream's frame headers as its bytes arrive, chunk by chunk, so a download is measured
    /// while it is written instead of read back afterwards. Skips ID3v2 tags at the start, resyncs over small gaps,
    /// leaves out a leading Xing/Info/VBRI frame and a cut-off last frame, and stops at trailing tags. Holds back
    /// only the few bytes a header needs when it straddles two chunks (at most a frame and a header), so memory
    /// stays flat whatever the size.
    /// </summary>
    internal sealed class Mp3FrameWalker
    {
        /// <summary>How far past the tags the first frame may start (some encoders pad).</summary>
        private const int MaxLeadingGarbage = 64 * 1024;

        /// <summary>After real audio, only small gaps are tolerated.</summary>
        private const int MaxGapBetweenFrames = 4096;

        private readonly byte[] _header = new byte[Id3v2Header.Size];
        private readonly byte[] _probe = new byte[64];
        private byte[] _held = new byte[4096];
        private long _heldStart;
        private int _heldCount;
        private byte[]? _chunk;
        private int _chunkOffset;
        private long _chunkStart;

        private long _end;     // bytes fed so far
        private long _next;    // the next byte to look at
        private bool _inTags = true;
        private bool _done;
        private bool _checkedForInfoFrame;
        private bool _pending; // a frame was parsed whose end the stream has not reached yet
        private bool _pendingIsInfo;
        private Frame _pendingFrame;
        private int _resyncBudget = MaxLeadingGarbage;
        private bool _hasLast;
        private uint _lastHeader;
        private Frame _lastFrame;

        private long _frames;
        private long _audioBytes;
        private double _seconds;
        private int _sampleRate;

        /// <summary>True once nothing more the stream holds can change the measurement (trailing tags, lost sync).</summary>
        public bool Ended => _done;

        /// <summary>The next <paramref name="count"/> bytes of the stream.</summary>
        public void Feed(byte[] buffer, int offset, int count)
        {
            if (count <= 0) return;
            _chunk = buffer;
            _chunkOffset = offset;
            _chunkStart = _end;
            _end += count;
            if (!_done) Walk(final: false);
            HoldWhatIsStillNeeded();
            _chunk = null;
        }

        /// <summary>The stream has ended: what its frames add up to, or null when it holds no MPEG audio.</summary>
        public Mp3Measurement? Complete()
        {
            if (!_done) Walk(final: true);
            return _frames == 0 ? null : new Mp3Measurement(_frames, _seconds, _sampleRate, _audioBytes);
        }

        private void Walk(bool final)
        {
            while (!_done)
            {
                if (_inTags)
                {
                    if (!Copy(_next, Id3v2Header.Size, _header))
                    {
                        if (!final) return;
                        _inTags = false;
                        continue;
                    }

                    var tagLength = Id3v2Header.TagLength(_header);
                    if (tagLength == 0) _inTags = false;
                    else _next += tagLength;
                    continue;
                }

                if (_pending)
                {
                    // A frame counts once the stream is known to reach its end: a cut-off last frame plays nothing.
                    if (_end < _next)
                    {
                        if (final) _done = true;
                        return;
                    }

                    Count();
                }

                if (!Step(final)) return;
            }
        }

        /// <summary>Looks at the header at <see cref="_next"/>; false when it needs bytes not yet fed.</summary>
        private bool Step(bool final)
        {
            if (!TryRead4(_next, out var header))
            {
                if (final) _done = true;
                return false;
            }

            var ok = Parse(header, out var frame);
            // A lone 0xFF in tag or padding bytes looks like a header; the first real frame is followed by another.
            if (ok && _frames == 0)
            {
                var following = _next + frame.Length;
                if (following + 4 > _end)
                {
                    if (!final) return false;
                    ok = following <= _end; // a single frame that fills the stream
                }
                else
                {
                    TryRead4(following, out var next);
                    ok = Parse(next, out var second) &&
                         second.Version == frame.Version && second.Layer == frame.Layer && second.SampleRate == frame.SampleRate;
                }
            }

            if (!ok)
            {
                // Lost sync: scan forward, but only so far.
                if (_resyncBudget-- <= 0)
                {
                    _done = true;
                    return false;
                }

                _next++;
                return true;
            }

            var isInfoFrame = false;
            if (!_checkedForInfoFrame)
            {
                if (frame.Layer == 3)
                {
                    var probe = Math.Min(frame.Length, _probe.Length);
                    if (!Copy(_next, probe, _probe))
                    {
                        if (!final) return false;
                        _done = true; // the frame is cut off: nothing more to count
                        return false;
                    }

                    isInfoFrame = IsVbrInfoFrame(_probe, probe, frame);
                }

                _checkedForInfoFrame = true;
            }

            _pending = true;
            _pendingIsInfo = isInfoFrame;
            _pendingFrame = frame;
            _next += frame.Length;
            _resyncBudget = MaxGapBetweenFrames;
            return true;
        }

        private void Count()
        {
            _pending = false;
            if (_pendingIsInfo) return;
            _frames++;
            _seconds += (double)_pendingFrame.Samples / _pendingFrame.SampleRate;
            _audioBytes += _pendingFrame.Length;
            _sampleRate = _pendingFrame.SampleRate;
        }

        /// <summary>A header parsed, from the last one when the bytes are the same (a CBR stream repeats one header throughout).</summary>
        private bool Parse(uint header, out Frame frame)
        {
            if (_hasLast && header == _lastHeader)
            {
                frame = _lastFrame;
                return true;
            }

            if (!TryParseHeader(header, out frame)) return false;
            _hasLast = true;
            _lastHeader = header;
            _lastFrame = frame;
            return true;
        }

        /// <summary>The four bytes at <paramref name="at"/>, big-endian; false when not all are in yet.</summary>
        private bool TryRead4(long at, out uint value)
        {
            value = 0;
            if (at + 4 > _end) return false;
            if (at >= _heldStart + _heldCount)
            {
                var i = _chunkOffset + (int)(at - _chunkStart);
                var c = _chunk!;
                value = (uint)(c[i] << 24 | c[i + 1] << 16 | c[i + 2] << 8 | c[i + 3]);
                return true;
            }

            Copy(at, 4, _probe);
            value = (uint)(_probe[0] << 24 | _probe[1] << 16 | _probe[2] << 8 | _probe[3]);
            return true;
        }

        /// <summary>Copies the stream's bytes [at, at + count) from what is held and the current chunk; false when not all are in yet.</summary>
        private bool Copy(long at, int count, byte[] into)
        {
            if (at + count > _end) return false;
            var heldEnd = _heldStart + _heldCount;
            for (var i = 0; i < count; i++)
            {
                var p = at + i;
                into[i] = p < heldEnd ? _held[p - _heldStart] : _chunk![_chunkOffset + (int)(p - _chunkStart)];
            }

            return true;
        }

        /// <summary>Keeps the fed bytes from <see cref="_next"/> on, for a header that straddles this chunk and the next.</summary>
        private void HoldWhatIsStillNeeded()
        {
            var from = _done ? _end : Math.Max(_next, _heldStart);
            if (from >= _end)
            {
                _heldStart = _end;
                _heldCount = 0;
                return;
            }

            var keep = (int)(_end - from);
            var kept = keep <= _held.Length ? _held : new byte[Math.Max(keep, _held.Length * 2)];
            var heldEnd = _heldStart + _heldCount;
            var fromHeld = (int)Math.Max(0, heldEnd - from);
            if (fromHeld > 0) Array.Copy(_held, (int)(from - _heldStart), kept, 0, fromHeld);
            if (keep > fromHeld) Buffer.BlockCopy(_chunk!, _chunkOffset + (int)(from + fromHeld - _chunkStart), kept, fromHeld, keep - fromHeld);
            _held = kept;
            _heldStart = from;
            _heldCount = keep;
        }

        /// <summary>True when the frame holds a Xing, Info or VBRI header rather than audio.</summary>
        private static bool IsVbrInfoFrame(byte[] probe, int length, Frame frame)
        {
            int sideInfo;
            if (frame.Version == 1) sideInfo = frame.Mono ? 17 : 32;
            else sideInfo = frame.Mono ? 9 : 17;
            return Has(probe, length, 4 + sideInfo, "Xing") || Has(probe, length, 4 + sideInfo, "Info") || Has(probe, length, 4 + 32, "VBRI");
        }

        private static bool Has(byte[] data, int length, int offset, string tag)
        {
            if (offset + tag.Length > length) return false;
            for (var i = 0; i < tag.Length; i++)
            {
                if (data[offset + i] != (byte)tag[i]) return false;
            }

            return true;
        }

        // Bit rates in kbps by [version is MPEG-1 ? 0 : 1][layer - 1][index].
        private static readonly int[][][] Bitrates =
        {
            new[]
            {
                new[] { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448 },
                new[] { 0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384 },
                new[] { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 },
            },
            new[]
            {
                new[] { 0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256 },
                new[] { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
                new[] { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
            },
        };

        private static readonly int[] SampleRatesMpeg1 = { 44100, 48000, 32000 };

        private static bool TryParseHeader(uint header, out Frame frame)
        {
            frame = default;
            int b1 = (int)(header >> 16) & 0xFF, b2 = (int)(header >> 8) & 0xFF, b3 = (int)header & 0xFF;
            if ((header >> 24) != 0xFF || (b1 & 0xE0) != 0xE0) return false;

            var versionBits = (b1 >> 3) & 0x3; // 0: 2.5, 2: 2, 3: 1
            var layerBits = (b1 >> 1) & 0x3;   // 1: III, 2: II, 3: I
            var bitrateIndex = (b2 >> 4) & 0xF;
            var rateIndex = (b2 >> 2) & 0x3;
            if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) return false;

            var version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
            var layer = 4 - layerBits;
            var padding = (b2 >> 1) & 0x1;
            var bitrate = Bitrates[version == 1 ? 0 : 1][layer - 1][bitrateIndex] * 1000;
            var sampleRate = SampleRatesMpeg1[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);

            int samples, length;
            if (layer == 1)
            {
                samples = 384;
                length = (12 * bitrate / sampleRate + padding) * 4;
            }
            else
            {
                samples = layer == 3 && version != 1 ? 576 : 1152;
                length = samples / 8 * bitrate / sampleRate + padding;
            }

            if (length < 4) return false;
            frame = new Frame(version, layer, sampleRate, samples, length, ((b3 >> 6) & 0x3) == 3);
            return true;
        }

        private readonly struct Frame
        {
            public Frame(int version, int layer, int sampleRate, int samples, int length, bool mono)
            {
                Version = version;
                Layer = layer;
                SampleRate = sampleRate;
                Samples = samples;
                Length = length;
                Mono = mono;
            }

            public int Version { get; }
            public int Layer { get; }
            public int SampleRate { get; }
            public int Samples { get; }
            public int Length { get; }
            public bool Mono { get; }
        }
    }
}
