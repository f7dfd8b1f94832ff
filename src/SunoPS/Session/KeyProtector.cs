using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace SunoPS.Session
{
    /// <summary>Encrypts a saved profile's key so that only its owner can read it back.</summary>
    internal interface IKeyProtector
    {
        /// <summary>How the key is protected, as Get-SunoApiKey -ListAvailable says it.</summary>
        string Description { get; }

        byte[] Protect(byte[] plain);

        byte[] Unprotect(byte[] protectedBytes);
    }

    /// <summary>
    /// Which protector this system has. Windows has DPAPI, bound to the user's logon. Elsewhere there is no store
    /// that every system has and a module can use without a dependency of its own (keychains and keyrings differ
    /// by system and desktop), and a key written unprotected to a file would be readable by anything running as
    /// the user, so profiles there live only as long as the process.
    /// </summary>
    internal static class KeyProtectors
    {
        public const string NoStoreReason =
            "this system has no protected per-user store that SunoPS can use (DPAPI is Windows-only), and SunoPS never writes a key to disk unprotected";

        public static IKeyProtector? ForThisSystem =>
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new DpapiKeyProtector() : null;
    }

    /// <summary>DPAPI for the current user (CryptProtectData), called directly: no assembly added to the process for it.</summary>
    internal sealed class DpapiKeyProtector : IKeyProtector
    {
        private const int UiForbidden = 0x1;

        // Ties the blobs to SunoPS: another program running as the user cannot unprotect them by accident.
        private static readonly byte[] Entropy = System.Text.Encoding.ASCII.GetBytes("SunoPS profile key v1");

        public string Description => "DPAPI (current user)";

        public byte[] Protect(byte[] plain) => Transform(plain, protect: true);

        public byte[] Unprotect(byte[] protectedBytes) => Transform(protectedBytes, protect: false);

        private static byte[] Transform(byte[] data, bool protect)
        {
            var input = Blob.Of(data);
            var entropy = Blob.Of(Entropy);
            var output = default(Blob);
            try
            {
                var ok = protect
                    ? NativeMethods.CryptProtectData(ref input, null, ref entropy, IntPtr.Zero, IntPtr.Zero, UiForbidden, out output)
                    : NativeMethods.CryptUnprotectData(ref input, IntPtr.Zero, ref entropy, IntPtr.Zero, IntPtr.Zero, UiForbidden, out output);
                if (!ok) throw new Win32Exception(Marshal.GetLastWin32Error());
                var result = new byte[output.Length];
                Marshal.Copy(output.Data, result, 0, output.Length);
                return result;
            }
            finally
            {
                input.Free();
                entropy.Free();
                if (output.Data != IntPtr.Zero)
                {
                    for (var i = 0; i < output.Length; i++) Marshal.WriteByte(output.Data, i, 0);
                    NativeMethods.LocalFree(output.Data);
                }
            }
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct Blob
        {
            public int Length;
            public IntPtr Data;

            public static Blob Of(byte[] bytes)
            {
                var blob = new Blob { Length = bytes.Length, Data = Marshal.AllocHGlobal(Math.Max(1, bytes.Length)) };
                Marshal.Copy(bytes, 0, blob.Data, bytes.Length);
                return blob;
            }

            public void Free()
            {
                if (Data == IntPtr.Zero) return;
                for (var i = 0; i < Length; i++) Marshal.WriteByte(Data, i, 0);
                Marshal.FreeHGlobal(Data);
                Data = IntPtr.Zero;
            }
        }

        private static class NativeMethods
        {
            [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
            public static extern bool CryptProtectData(ref Blob dataIn, string? description, ref Blob entropy, IntPtr reserved,
                IntPtr prompt, int flags, out Blob dataOut);

            [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
            public static extern bool CryptUnprotectData(ref Blob dataIn, IntPtr description, ref Blob entropy, IntPtr reserved,
                IntPtr prompt, int flags, out Blob dataOut);

            [DllImport("kernel32.dll")]
            public static extern IntPtr LocalFree(IntPtr memory);
        }
    }
}
