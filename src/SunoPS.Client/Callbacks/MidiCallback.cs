using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// MIDI (§6.5): <c>task_id</c> at the top level (kie puts <c>taskId</c> in <c>data</c>), <c>data</c> {<c>state</c>,
    /// <c>instruments[]</c>} whose note numbers may be strings. Read as record-info's <c>midiData</c> with numbers as
    /// numbers, <c>successFlag</c> 1, or 3 when the code says it failed (500).
    /// </summary>
    internal sealed class MidiCallback : ICallbackAdapter
    {
        public const int Succeeded = 1;
        public const int GenerationFailed = 3;

        public SunoTaskFamily Family => SunoTaskFamily.Midi;

        public bool Fits(JsonElement body)
        {
            if (CallbackFields.TryData(body, out var data)) return CallbackFields.Has(data, "instruments") || CallbackFields.Has(data, "state");
            return CallbackFields.Has(body, "task_id") && !(JsonValues.TryGet(body, "data", out var items) && items.ValueKind == JsonValueKind.Array);
        }

        public string? TaskIdOf(JsonElement body) =>
            JsonValues.NullIfEmpty(JsonValues.String(body, "task_id")) ?? CallbackFields.DataString(body, "taskId") ?? CallbackFields.DataString(body, "task_id");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            var code = CallbackFields.CodeOf(body);
            var hasData = CallbackFields.TryData(body, out var data);
            var failed = code != 200;

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            w.WritePropertyName("midiData");
            if (hasData) WriteMidiData(w, data); else w.WriteNullValue();
            w.WriteNumber("successFlag", failed ? GenerationFailed : Succeeded);
            CallbackFields.WriteError(w, failed, code, CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }

        private static void WriteMidiData(Utf8JsonWriter w, JsonElement data)
        {
            w.WriteStartObject();
            foreach (var property in data.EnumerateObject())
            {
                if (property.NameEquals("taskId") || property.NameEquals("task_id")) continue;
                w.WritePropertyName(property.Name);
                if (property.NameEquals("instruments") && property.Value.ValueKind == JsonValueKind.Array) WriteInstruments(w, property.Value);
                else property.Value.WriteTo(w);
            }

            w.WriteEndObject();
        }

        private static void WriteInstruments(Utf8JsonWriter w, JsonElement instruments)
        {
            w.WriteStartArray();
            foreach (var instrument in instruments.EnumerateArray())
            {
                if (instrument.ValueKind != JsonValueKind.Object)
                {
                    instrument.WriteTo(w);
                    continue;
                }

                w.WriteStartObject();
                foreach (var property in instrument.EnumerateObject())
                {
                    w.WritePropertyName(property.Name);
                    if (property.NameEquals("notes") && property.Value.ValueKind == JsonValueKind.Array) WriteNotes(w, property.Value);
                    else property.Value.WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        /// <summary>Each note with its numbers as numbers: the callback sends <c>"start": "0.0364…"</c>, record-info 0.0364….</summary>
        private static void WriteNotes(Utf8JsonWriter w, JsonElement notes)
        {
            w.WriteStartArray();
            foreach (var note in notes.EnumerateArray())
            {
                if (note.ValueKind != JsonValueKind.Object)
                {
                    note.WriteTo(w);
                    continue;
                }

                w.WriteStartObject();
                foreach (var property in note.EnumerateObject())
                {
                    var number = property.Value.ValueKind == JsonValueKind.String ? JsonValues.Number(note, property.Name) : null;
                    if (number is double value) w.WriteNumber(property.Name, value);
                    else property.WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }
}
