using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SunoPS.Session
{
    /// <summary>What a profile may be called: one word a file, a parameter and a completion can all carry.</summary>
    internal static class ProfileNames
    {
        private static readonly Regex Valid = new Regex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? name) => name != null && Valid.IsMatch(name);
    }

    /// <summary>
    /// The named profiles (Set-SunoApiKey -Name): kept for the whole process, so every runspace, thread job and
    /// ForEach-Object -Parallel block can use one by name (-Profile), and saved to a file where the system has a
    /// protected store for the key (Windows: DPAPI). Elsewhere nothing is saved (see <see cref="KeyProtectors"/>).
    /// The file is read on first use; each change is written back merged with what other processes saved meanwhile.
    /// </summary>
    internal static class SunoProfiles
    {
        /// <summary>Names the profile a session uses when it has no key of its own.</summary>
        public const string DefaultProfileVariable = "SUNO_PROFILE";

        /// <summary>Where the profiles are saved instead of the default file (tests, or a roaming folder).</summary>
        public const string PathVariable = "SUNO_PROFILE_PATH";

        private static readonly object Gate = new object();
        private static Dictionary<string, SunoSession>? _profiles;
        private static readonly List<string> LoadProblems = new List<string>();

        /// <summary>Replaces the system's protector in tests (Linux has none).</summary>
        internal static IKeyProtector? ProtectorForTests { get; set; }

        public static IKeyProtector? Protector => ProtectorForTests ?? KeyProtectors.ForThisSystem;

        /// <summary>The profile file, or null when nothing can be saved on this system.</summary>
        public static string? FilePath
        {
            get
            {
                if (Protector == null) return null;
                var path = Environment.GetEnvironmentVariable(PathVariable);
                if (!string.IsNullOrWhiteSpace(path)) return path!.Trim();
                var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
                return string.IsNullOrEmpty(folder) ? null : System.IO.Path.Combine(folder, "SunoPS", "profiles.json");
            }
        }

        /// <summary>Why profiles are not saved here; null when they are.</summary>
        public static string? NotSavedReason => FilePath != null ? null : Protector == null ? KeyProtectors.NoStoreReason : "no folder for application data was found";

        public static SunoSession? Find(string name)
        {
            lock (Gate)
            {
                return Loaded().TryGetValue(name, out var profile) ? profile : null;
            }
        }

        public static IReadOnlyList<SunoSession> All()
        {
            lock (Gate)
            {
                return Loaded().Values.OrderBy(p => p.ProfileName, StringComparer.OrdinalIgnoreCase).ToList();
            }
        }

        /// <summary>The profile of that name, made empty when new; call <see cref="Save"/> after configuring it.</summary>
        public static SunoSession GetOrAdd(string name)
        {
            lock (Gate)
            {
                var profiles = Loaded();
                if (!profiles.TryGetValue(name, out var profile))
                {
                    profile = SunoSession.NewProfile(name);
                    profiles[name] = profile;
                }

                return profile;
            }
        }

        public static bool Remove(string name)
        {
            lock (Gate)
            {
                if (!Loaded().TryGetValue(name, out var profile)) return false;
                _profiles!.Remove(name);
                profile.Clear();
                Persist(name, removed: true);
                return true;
            }
        }

        /// <summary>Writes one profile's change to the file (if this system saves any); the others in it are kept as found.</summary>
        public static void Save(string name)
        {
            lock (Gate)
            {
                Persist(name, removed: false);
            }
        }

        /// <summary>Problems met reading the file, once each (then forgotten).</summary>
        public static IReadOnlyList<string> TakeLoadProblems()
        {
            lock (Gate)
            {
                Loaded();
                var problems = LoadProblems.ToList();
                LoadProblems.Clear();
                return problems;
            }
        }

        /// <summary>Forgets the profiles read (tests switch files).</summary>
        internal static void Reset()
        {
            lock (Gate)
            {
                _profiles = null;
                LoadProblems.Clear();
            }
        }

        private static Dictionary<string, SunoSession> Loaded()
        {
            if (_profiles != null) return _profiles;
            _profiles = new Dictionary<string, SunoSession>(StringComparer.OrdinalIgnoreCase);
            var file = OpenFile();
            if (file == null) return _profiles;
            foreach (var profile in file.Read(LoadProblems)) _profiles[profile.ProfileName!] = profile;
            return _profiles;
        }

        private static ProfileFile? OpenFile()
        {
            var path = FilePath;
            var protector = Protector;
            return path == null || protector == null ? null : new ProfileFile(path, protector);
        }

        private static void Persist(string name, bool removed)
        {
            var file = OpenFile();
            if (file == null) return;
            // Another process may have saved profiles since this one read the file: keep theirs, change only this one.
            var onDisk = file.Read(new List<string>()).ToDictionary(p => p.ProfileName!, StringComparer.OrdinalIgnoreCase);
            if (removed) onDisk.Remove(name);
            else if (_profiles != null && _profiles.TryGetValue(name, out var mine)) onDisk[name] = mine;
            file.Write(onDisk.Values.OrderBy(p => p.ProfileName, StringComparer.OrdinalIgnoreCase));
        }
    }
}
