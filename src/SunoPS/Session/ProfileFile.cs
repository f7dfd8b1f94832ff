using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using System.Text.Json;

namespace SunoPS.Session
{
    /// <summary>
    /// The saved profiles: one JSON file holding each profile's settings and its key encrypted by the system's
    /// protector (never in clear). Written whole to a temporary file and moved into place, so a reader never sees
    /// half a file. Entries that cannot be read back (corrupt, or protected for another user) are skipped and named.
    /// </summary>
    internal sealed class ProfileFile
    {
        private readonly IKeyProtector _protector;

        public ProfileFile(string path, IKeyProtector protector)
        {
            Path = path;
            _protector = protector;
        }

        public string Path { get; }

        /// <summary>The profiles in the file (none when it does not exist); <paramref name="problems"/> names what was skipped.</summary>
        public List<SunoSession> Read(List<string> problems)
        {
            var profiles = new List<SunoSession>();
            if (!File.Exists(Path)) return profiles;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(Path));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonException)
            {
                problems.Add("the profile file " + Path + " could not be read (" + e.Message + ")");
                return profiles;
            }

            using (document)
            {
                if (!document.RootElement.TryGetProperty("profiles", out var list) || list.ValueKind != JsonValueKind.Array) return profiles;
                foreach (var entry in list.EnumerateArray())
                {
                    var name = entry.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                    if (name == null || !ProfileNames.IsValid(name)) continue;
                    try
                    {
                        profiles.Add(ReadProfile(name, entry));
                    }
                    catch (Exception e) when (!(e is OutOfMemoryException))
                    {
                        problems.Add("profile '" + name + "' could not be read back (" + e.Message + ")");
                    }
                }
            }

            return profiles;
        }

        /// <summary>Replaces the file with these profiles.</summary>
        public void Write(IEnumerable<SunoSession> profiles)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            var temporary = Path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    json.WriteStartObject();
                    json.WriteNumber("version", 1);
                    json.WriteString("protection", _protector.Description);
                    json.WriteStartArray("profiles");
                    foreach (var profile in profiles) WriteProfile(json, profile);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                if (File.Exists(Path)) File.Replace(temporary, Path, null);
                else File.Move(temporary, Path);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }

        private void WriteProfile(Utf8JsonWriter json, SunoSession profile)
        {
            json.WriteStartObject();
            json.WriteString("name", profile.ProfileName);
            using (var key = profile.CopyOwnKey())
            {
                if (key != null)
                {
                    var plain = Utf8Of(key);
                    try
                    {
                        json.WriteString("key", Convert.ToBase64String(_protector.Protect(plain)));
                    }
                    finally
                    {
                        Array.Clear(plain, 0, plain.Length);
                    }
                }
            }

            if (profile.BaseUri != null) json.WriteString("baseUri", profile.BaseUri.ToString());
            if (profile.UploadBaseUri != null) json.WriteString("uploadBaseUri", profile.UploadBaseUri.ToString());
            if (profile.MaximumRetryCount is int retries) json.WriteNumber("maximumRetryCount", retries);
            if (profile.RetryIntervalSec is double interval) json.WriteNumber("retryIntervalSec", interval);
            if (profile.TimeoutSec is double timeout) json.WriteNumber("timeoutSec", timeout);
            if (profile.AllowUnencryptedAuthentication) json.WriteBoolean("allowUnencryptedAuthentication", true);
            if (profile.Proxy != null)
            {
                json.WriteString("proxy", profile.Proxy.ToString());
                if (profile.ProxyCredential != null)
                {
                    json.WriteString("proxyUser", profile.ProxyCredential.UserName);
                    json.WriteString("proxyPassword", Convert.ToBase64String(_protector.Protect(Encoding.UTF8.GetBytes(profile.ProxyCredential.Password ?? ""))));
                }
            }

            json.WriteEndObject();
        }

        private SunoSession ReadProfile(string name, JsonElement entry)
        {
            var profile = SunoSession.NewProfile(name);
            SecureString? key = null;
            try
            {
                if (entry.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String)
                {
                    key = SecureOf(_protector.Unprotect(Convert.FromBase64String(k.GetString()!)));
                }

                profile.Configure(key, UriOf(entry, "baseUri"), IntOf(entry, "maximumRetryCount"), DoubleOf(entry, "retryIntervalSec"),
                    DoubleOf(entry, "timeoutSec"), UriOf(entry, "uploadBaseUri"),
                    entry.TryGetProperty("allowUnencryptedAuthentication", out var a) && a.ValueKind == JsonValueKind.True);
            }
            finally
            {
                key?.Dispose();
            }

            var proxy = UriOf(entry, "proxy");
            NetworkCredential? credential = null;
            if (proxy != null && entry.TryGetProperty("proxyUser", out var user) && user.ValueKind == JsonValueKind.String &&
                entry.TryGetProperty("proxyPassword", out var password) && password.ValueKind == JsonValueKind.String)
            {
                credential = new NetworkCredential(user.GetString(), Encoding.UTF8.GetString(_protector.Unprotect(Convert.FromBase64String(password.GetString()!))));
            }

            profile.ConfigureProxy(proxy, credential, clear: false);
            return profile;
        }

        private static Uri? UriOf(JsonElement entry, string name) =>
            entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
            Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) ? uri : null;

        private static int? IntOf(JsonElement entry, string name) =>
            entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : (int?)null;

        private static double? DoubleOf(JsonElement entry, string name) =>
            entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : (double?)null;

        /// <summary>The key's UTF-8 bytes, for the protector only: the caller clears them.</summary>
        private static byte[] Utf8Of(SecureString key)
        {
            var pointer = IntPtr.Zero;
            var chars = new char[key.Length];
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(key);
                Marshal.Copy(pointer, chars, 0, chars.Length);
                return Encoding.UTF8.GetBytes(chars);
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        private static SecureString SecureOf(byte[] utf8)
        {
            var chars = Encoding.UTF8.GetChars(utf8);
            try
            {
                var key = new SecureString();
                foreach (var c in chars) key.AppendChar(c);
                key.MakeReadOnly();
                return key;
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
                Array.Clear(utf8, 0, utf8.Length);
            }
        }
    }
}
