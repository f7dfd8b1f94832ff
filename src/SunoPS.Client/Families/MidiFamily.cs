using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// MIDI made from a split_stem separation (suno-api.md §4.20): an <b>integer</b> <c>successFlag</c> (0 pending,
    /// 1 success, 2 task not created, 3 MIDI failed), and no file: <c>midiData</c> holds instruments and their notes.
    /// The one output is a Midi output without a URL whose content is those notes; a save renders the .mid from them.
    /// Numbers are read whether they come as numbers or as strings (callbacks send times as strings, §6.5).
    /// </summary>
    internal static class MidiFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Midi, "api/v1/midi/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["0"] = StatusMeaning.Pending(),
                ["1"] = StatusMeaning.Succeeded(),
                ["2"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["3"] = StatusMeaning.Failed("GENERATE_MIDI_FAILED"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            RecordParameters.Read(task, record);
            task.SourceAudioId = JsonValues.NullIfEmpty(JsonValues.String(record, "audioId"));
            if (!JsonValues.TryGet(record, "midiData", out var midiData) || midiData.ValueKind != JsonValueKind.Object) return;

            var midi = ReadMidiData(midiData);
            task.Midi = midi;
            task.Outputs = new SunoTaskOutputCollection(new List<SunoTaskOutput>
            {
                new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Midi,
                    Content = midi,
                    Id = task.SourceAudioId ?? task.TaskId,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.Midi,
                    Duration = EndOf(midi),
                    IsPrimary = true,
                },
            });
        }

        /// <summary>Reads <c>midiData</c> of a record or the <c>data</c> of a callback: {state, instruments[{name, notes[]}]}.</summary>
        internal static SunoMidiData ReadMidiData(JsonElement midiData)
        {
            var instruments = new List<SunoMidiInstrument>();
            if (JsonValues.TryGet(midiData, "instruments", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    var notes = new List<SunoMidiNote>();
                    if (JsonValues.TryGet(item, "notes", out var noteItems) && noteItems.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var note in noteItems.EnumerateArray())
                        {
                            var pitch = JsonValues.Number(note, "pitch");
                            var start = JsonValues.Number(note, "start");
                            var end = JsonValues.Number(note, "end");
                            if (pitch == null || start == null || end == null) continue; // a note without its numbers cannot be played
                            notes.Add(new SunoMidiNote
                            {
                                Pitch = (int)System.Math.Round(pitch.Value),
                                Start = start.Value,
                                End = end.Value,
                                Velocity = JsonValues.Number(note, "velocity") ?? 1,
                            });
                        }
                    }

                    instruments.Add(new SunoMidiInstrument(JsonValues.String(item, "name") ?? "Instrument " + (instruments.Count + 1), notes));
                }
            }

            return new SunoMidiData(JsonValues.String(midiData, "state"), instruments);
        }

        private static double? EndOf(SunoMidiData midi)
        {
            double? end = null;
            foreach (var instrument in midi.Instruments)
            {
                foreach (var note in instrument.Notes)
                {
                    if (end == null || note.End > end) end = note.End;
                }
            }

            return end;
        }
    }
}
