using System.Text.Json;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>
/// Writes a MIDI record as the spec shows it (suno-api.md §4.20): <c>recordTaskId</c> -1, <c>callbackUrl</c> with a
/// lowercase b, integer epoch-ms times, <c>midiData</c> {state, instruments[{name, notes[{pitch, start, end, velocity}]}]}
/// once it succeeded (null before), and an <b>integer</b> <c>successFlag</c>.
/// </summary>
internal static class MidiRecordWriter
{
    public static void Write(Utf8JsonWriter w, MidiTask task, double now)
    {
        var status = task.StatusAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteNumber("recordTaskId", -1);
        if (task.AudioId is { } audioId) w.WriteString("audioId", audioId); else w.WriteNull("audioId");
        w.WriteString("callbackUrl", task.CallbackUrl);
        if (task.Times.CompleteTimeMsAt(now) is { } completeMs) w.WriteNumber("completeTime", completeMs); else w.WriteNull("completeTime");

        w.WritePropertyName("midiData");
        if (status == MidiStatus.Success)
        {
            w.WriteStartObject();
            w.WriteString("state", "complete");
            w.WriteStartArray("instruments");
            foreach (var instrument in task.Instruments)
            {
                w.WriteStartObject();
                w.WriteString("name", instrument.Name);
                w.WriteStartArray("notes");
                foreach (var note in instrument.Notes)
                {
                    w.WriteStartObject();
                    w.WriteNumber("pitch", note.Pitch);
                    w.WriteNumber("start", note.Start);
                    w.WriteNumber("end", note.End);
                    w.WriteNumber("velocity", note.Velocity);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteNumber("successFlag", (int)status);
        w.WriteNumber("createTime", task.Times.CreateTimeMs);
        var (errorCode, errorMessage) = status.ErrorOf();
        if (errorCode is not null) w.WriteString("errorCode", errorCode); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");

        w.WriteStartObject("emulator");
        w.WriteString("sourceTaskId", task.Source.TaskId);
        w.WriteNumber("noteCount", task.NoteCount);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
