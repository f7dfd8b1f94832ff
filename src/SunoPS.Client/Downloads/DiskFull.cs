using System;
using System.IO;

namespace SunoPS.Client.Downloads
{
    /// <summary>Recognises "no space left" on every system: ENOSPC (28) on Unix, ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    internal static class DiskFull
    {
        private const int Enospc = 28;
        private const int ErrorDiskFull = 0x70;
        private const int ErrorHandleDiskFull = 0x27;

        public static bool Is(Exception? e)
        {
            for (; e != null; e = e.InnerException)
            {
                if (!(e is IOException)) continue;
                var code = e.HResult & 0xFFFF;
                if (code == Enospc || code == ErrorDiskFull || code == ErrorHandleDiskFull) return true;
            }

            return false;
        }
    }
}
