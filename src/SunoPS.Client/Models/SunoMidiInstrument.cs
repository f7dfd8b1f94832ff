using System.Collections.Generic;

namespace SunoPS
{
    /// <summary>One instrument of a MIDI task (a track of the saved file): its name and its notes.</summary>
    public sealed class SunoMidiInstrument
    {
        internal SunoMidiInstrument(string name, IReadOnlyList<SunoMidiNote> notes)
        {
            Name = name;
            Notes = notes;
        }

        /// <summary>The API's name for it ("Drums", "Electric Bass (finger)").</summary>
        public string Name { get; }

        public IReadOnlyList<SunoMidiNote> Notes { get; }

        public int NoteCount => Notes.Count;

        /// <summary>True when the name says drums: the saved file plays it on MIDI channel 10, the percussion channel.</summary>
        public bool IsDrums => Name.IndexOf("drum", System.StringComparison.OrdinalIgnoreCase) >= 0;

        public override string ToString() => Name + " (" + NoteCount + " notes)";
    }
}
