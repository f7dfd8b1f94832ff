using System;
using System.Runtime.InteropServices;
using System.Security;
using SunoPS.Client;

namespace SunoPS.Session
{
    /// <summary>
    /// Checks a key given to Set-SunoApiKey before it is stored: blanks around it are dropped (a pasted key often
    /// brings a trailing line break or space, and $env:SUNO_API_KEY is read the same way); what is left must be
    /// one word of printable ASCII, or it could never be sent. The plain text lives in a char array that is
    /// cleared afterwards, never in a string.
    /// </summary>
    internal static class ApiKeyInput
    {
        /// <summary>The key without the blanks around it, or null with <paramref name="problem"/> saying why it cannot be used.</summary>
        public static SecureString? Trim(SecureString key, out string? problem)
        {
            var chars = new char[key.Length];
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(key);
                Marshal.Copy(pointer, chars, 0, chars.Length);

                var start = 0;
                var end = chars.Length;
                while (start < end && char.IsWhiteSpace(chars[start])) start++;
                while (end > start && char.IsWhiteSpace(chars[end - 1])) end--;

                problem = ApiKeyFormat.Problem(chars, start, end - start);
                if (problem != null) return null;

                var trimmed = new SecureString();
                for (var i = start; i < end; i++) trimmed.AppendChar(chars[i]);
                trimmed.MakeReadOnly();
                return trimmed;
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
