using System;
using System.Collections.Generic;

namespace SunoPS.Client.Families
{
    /// <summary>The registry: one description per family. Everything that reads a task looks its family up here.</summary>
    internal static class TaskFamilies
    {
        private static readonly Dictionary<SunoTaskFamily, TaskFamily> ByName = Build(
            MusicFamily.Create(),
            WavFamily.Create(),
            LyricsFamily.Create(),
            SeparationFamily.Create(),
            MidiFamily.Create(),
            VideoFamily.Create(),
            CoverArtFamily.Create(),
            RecoveryFamily.Create(),
            VoiceFamilies.VoiceValidation(),
            VoiceFamilies.Voice());

        public static IEnumerable<TaskFamily> All => ByName.Values;

        public static TaskFamily Get(SunoTaskFamily family) =>
            ByName.TryGetValue(family, out var description)
                ? description
                : throw new ArgumentOutOfRangeException(nameof(family), family, "Not a task family.");

        private static Dictionary<SunoTaskFamily, TaskFamily> Build(params TaskFamily[] families)
        {
            var map = new Dictionary<SunoTaskFamily, TaskFamily>();
            foreach (var family in families) map.Add(family.Name, family);
            foreach (SunoTaskFamily name in Enum.GetValues(typeof(SunoTaskFamily)))
            {
                if (!map.ContainsKey(name)) throw new InvalidOperationException("Family " + name + " has no description.");
            }

            return map;
        }
    }
}
