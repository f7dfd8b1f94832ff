using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SunoPS
{
    /// <summary>
    /// The notes a MIDI task returned (<c>midiData</c>): the API gives no file, only instruments and their notes;
    /// a save builds the Standard MIDI File from them. Its text form names the instruments, so Export-Csv is readable.
    /// </summary>
    public sealed class SunoMidiData
    {
        internal SunoMidiData(string? state, IList<SunoMidiInstrument> instruments)
        {
            State = state;
            Instruments = new ReadOnlyCollection<SunoMidiInstrument>(instruments);
        }

        /// <summary>The API's <c>midiData.state</c> ("complete").</summary>
        public string? State { get; }

        public IReadOnlyList<SunoMidiInstrument> Instruments { get; }

        /// <summary>All notes of all instruments.</summary>
        public int NoteCount => Instruments.Sum(i => i.NoteCount);

        public override string ToString() => string.Join(", ", Instruments.Select(i => i.Name));
    }
}
