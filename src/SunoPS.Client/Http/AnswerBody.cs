using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Reads an API answer's body with a ceiling on its size as decoded (after the handler's decompression, so a small
    /// gzip bomb cannot inflate past it), and decodes it as UTF-8 whatever charset it claims: JSON between systems is
    /// UTF-8 (RFC 8259 §8.1), and a bogus charset must not turn a readable answer into an exception.
    /// </summary>
    internal static class AnswerBody
    {
        /// <summary>Far above any real answer (a record with its lyrics is a few KB), far below what hurts the process.</summary>
        public const int MaxBytes = 4 * 1024 * 1024;

        private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

        /// <exception cref="AnswerTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
        public static async Task<string> ReadAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
        {
            if (content == null) return "";
            if (content.Headers.ContentLength > maxBytes) throw new AnswerTooLargeException(maxBytes);

            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            using (var buffer = new MemoryStream())
            {
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes) throw new AnswerTooLargeException(maxBytes);
                    buffer.Write(chunk, 0, read);
                }

                return Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
        }
    }

    /// <summary>An answer over <see cref="AnswerBody.MaxBytes"/>; reading stopped there.</summary>
    internal sealed class AnswerTooLargeException : Exception
    {
        public AnswerTooLargeException(int maxBytes)
            : base("The answer is larger than " + (maxBytes / (1024 * 1024)) + " MiB, more than any Suno API answer; reading stopped there.")
        {
        }
    }
}
