using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Callbacks;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>
/// The MIDI callback (suno-api.md §6.5): one, when the task ends, with <c>task_id</c> at the top level (not in
/// <c>data</c>) and <c>data</c> {state, instruments[{name, notes[]}]}. As in the docs' example some numbers come as
/// strings: every note's <c>end</c>, and the <c>start</c> of each instrument's first note; the rest are numbers. A
/// failure is code 500 (the docs list 200 and 500) with <c>data: null</c>.
/// </summary>
internal static class MidiCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(MidiTask task) =>
        CallbackBody.EndStage(task.Final == MidiStatus.Success, task.Times.CreatedAt + task.Times.DoneAfter);

    public static byte[] Render(MidiTask task, CallbackStage stage) => CallbackBody.Write(w =>
    {
        var succeeded = stage.Name == CallbackStage.Complete;
        w.WriteStartObject();
        w.WriteString("task_id", task.TaskId);
        w.WriteNumber("code", succeeded ? 200 : 500);
        w.WriteString("msg", succeeded ? "success" : task.Final.ErrorOf().Message ?? "MIDI generation failed");
        if (succeeded)
        {
            w.WriteStartObject("data");
            w.WriteString("state", "complete");
            w.WriteStartArray("instruments");
            foreach (var instrument in task.Instruments) WriteInstrument(w, instrument);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("data");
        }

        w.WriteEndObject();
    });

    private static void WriteInstrument(Utf8JsonWriter w, MidiInstrument instrument)
    {
        w.WriteStartObject();
        w.WriteString("name", instrument.Name);
        w.WriteStartArray("notes");
        for (var i = 0; i < instrument.Notes.Count; i++)
        {
            var note = instrument.Notes[i];
            w.WriteStartObject();
            w.WriteNumber("pitch", note.Pitch);
            if (i == 0) w.WriteString("start", Text(note.Start)); else w.WriteNumber("start", note.Start);
            w.WriteString("end", Text(note.End));
            w.WriteNumber("velocity", note.Velocity);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A number as the callback's strings spell it: the shortest text that reads back as the same double.</summary>
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
