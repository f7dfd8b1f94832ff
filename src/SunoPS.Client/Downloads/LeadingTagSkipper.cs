using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads.Formats;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Writes a downloaded MP3, as it arrives chunk by chunk, to a stream without the ID3v2 tag it may start with.
    /// The downloader writes its own tag ahead of the audio; a second one behind it would leave players to choose
    /// between two titles and covers, so the file host's tag is dropped. Holds back at most the 10 header bytes
    /// until it can tell; an ID3v1 trailer passes through.
    /// </summary>
    internal sealed class LeadingTagSkipper : IBodySink
    {
        private readonly Stream _destination;
        private readonly byte[] _header = new byte[Id3v2Header.Size];
        private int _held;
        private long _toSkip = -1; // unknown until the first 10 bytes are in

        public LeadingTagSkipper(Stream destination)
        {
            _destination = destination;
        }

        // Synchronous writes, as PassThroughSink: the partial file is opened for them.
        public Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken)
        {
            var offset = 0;
            if (_toSkip < 0)
            {
                offset = Math.Min(count, _header.Length - _held);
                Buffer.BlockCopy(buffer, 0, _header, _held, offset);
                _held += offset;
                if (_held < _header.Length) return Task.CompletedTask;

                _toSkip = Id3v2Header.TagLength(_header);
                if (_toSkip == 0) _destination.Write(_header, 0, _held);
                else _toSkip -= _held;
                _held = 0;
            }

            var skip = (int)Math.Min(_toSkip, count - offset);
            _toSkip -= skip;
            offset += skip;
            if (offset < count) _destination.Write(buffer, offset, count - offset);
            return Task.CompletedTask;
        }

        /// <summary>At the end of the body: writes what was held back of a body too short to hold a tag header.</summary>
        public Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_held > 0) _destination.Write(_header, 0, _held);
            _held = 0;
            return Task.CompletedTask;
        }
    }
}
