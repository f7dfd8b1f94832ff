using System;
using System.IO;
using System.Text;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Recognises an HTML page (a captive portal, a login or error page) by its first bytes.</summary>
    internal static class WebPage
    {
        public static bool Sniff(string path)
        {
            var head = new byte[512];
            int count;
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                count = file.Read(head, 0, head.Length);
            }

            var text = Encoding.UTF8.GetString(head, 0, count).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
            return text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal) ||
                   text.StartsWith("<head", StringComparison.Ordinal) || text.StartsWith("<body", StringComparison.Ordinal);
        }
    }
}
