using System;
using System.IO;
using SunoPS.Client.Downloads;

namespace SunoPS.Client.Uploads
{
    /// <summary>
    /// The length of a local audio file before it is uploaded, so a cover or an extension that the API would refuse
    /// (too long for the model, continueAt past the end) is refused here without spending anything. MP3 and WAV are
    /// measured; for other formats the length is unknown and the API decides.
    /// </summary>
    public static class AudioFileLength
    {
        public static double? Measure(string path)
        {
            try
            {
                var extension = Path.GetExtension(path);
                if (string.Equals(extension, ".wav", StringComparison.OrdinalIgnoreCase))
                {
                    var wav = WavHeader.TryRead(path, out _);
                    return wav != null && wav.Seconds > 0 ? wav.Seconds : (double?)null;
                }

                if (string.Equals(extension, ".mp3", StringComparison.OrdinalIgnoreCase))
                {
                    var mp3 = Mp3Duration.Measure(path);
                    return mp3 != null && mp3.Seconds > 0 ? mp3.Seconds : (double?)null;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return null;
        }
    }
}
