using System;
using System.Text;

namespace SunoPS.Client.Diagnostics
{
    /// <summary>
    /// How a request or an answer is shown in the detail log: its body as text, cut at a few thousand characters, with
    /// the key masked wherever it appears (it is only ever in the Authorization header, but a gateway could echo it).
    /// </summary>
    internal static class ExchangeDetail
    {
        public const int MaxBodyChars = 4000;

        public static string Masked(string? key) => string.IsNullOrEmpty(key) ? "(none)" : key!.Length >= 16 ? "****" + key.Substring(key.Length - 4) : "****";

        public static string Body(byte[]? body, string? key) => body == null ? "(no body)" : Body(Encoding.UTF8.GetString(body), key);

        public static string Body(string? body, string? key)
        {
            if (string.IsNullOrEmpty(body)) return "(empty)";
            var text = body!;
            if (!string.IsNullOrEmpty(key)) text = text.Replace(key, Masked(key));
            return text.Length > MaxBodyChars
                ? text.Substring(0, MaxBodyChars) + "… (" + (text.Length - MaxBodyChars) + " more characters)"
                : text;
        }
    }
}
