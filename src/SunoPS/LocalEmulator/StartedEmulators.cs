using System.Collections.Generic;

namespace SunoPS.LocalEmulator
{
    /// <summary>The emulators this runspace started, so Stop-SunoEmulator without arguments stops them all.</summary>
    internal static class StartedEmulators
    {
        private static readonly object Gate = new object();
        private static readonly List<SunoEmulatorInstance> Running = new List<SunoEmulatorInstance>();

        public static void Add(SunoEmulatorInstance emulator)
        {
            lock (Gate) Running.Add(emulator);
        }

        public static void Remove(SunoEmulatorInstance emulator)
        {
            lock (Gate) Running.Remove(emulator);
        }

        public static List<SunoEmulatorInstance> All()
        {
            lock (Gate) return new List<SunoEmulatorInstance>(Running);
        }
    }
}
