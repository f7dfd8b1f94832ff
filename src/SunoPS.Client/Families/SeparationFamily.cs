using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// A track split into stems (suno-api.md §4.19): a string <c>successFlag</c>, the source track as <c>musicId</c> and
    /// <c>musicIndex</c>, and the stems twice over in <c>response</c>: camelCase URL fields (<c>vocalUrl</c>, <c>drumsUrl</c>…)
    /// and <c>originData[]</c> with snake-case <c>audio_url</c>, <c>stem_type_group_name</c> and the stem's <c>id</c>
    /// (a MIDI request's audioId). Each stem becomes one Stem output, whichever list it came from.
    /// </summary>
    internal static class SeparationFamily
    {
        /// <summary>The camelCase URL fields and the stem each holds; another *Url field is named from its own name.</summary>
        private static readonly Dictionary<string, string> StemOfField = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vocalUrl"] = "Vocals",
            ["instrumentalUrl"] = "Instrumental",
            ["backingVocalsUrl"] = "Backing Vocals",
            ["drumsUrl"] = "Drums",
            ["bassUrl"] = "Bass",
            ["guitarUrl"] = "Guitar",
            ["keyboardUrl"] = "Keyboard",
            ["percussionUrl"] = "Percussion",
            ["stringsUrl"] = "Strings",
            ["synthUrl"] = "Synth",
            ["fxUrl"] = "FX",
            ["brassUrl"] = "Brass",
            ["woodwindsUrl"] = "Woodwinds",
        };

        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Separation, "api/v1/vocal-removal/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_AUDIO_FAILED"] = StatusMeaning.Failed("GENERATE_AUDIO_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            RecordParameters.Read(task, record);
            task.SourceAudioId = JsonValues.NullIfEmpty(JsonValues.String(record, "musicId"));
            // The record names no mode; a param (where a gateway echoes it) does.
            if (task.Parameters.TryGetValue("type", out var type) && type is string mode && mode.Length > 0) task.Type = mode;
            if (!JsonValues.TryGet(record, "response", out var response) || response.ValueKind != JsonValueKind.Object) return;

            var stems = new List<SunoTaskOutput>();
            if (JsonValues.TryGet(response, "originData", out var origin) && origin.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in origin.EnumerateArray())
                {
                    var url = JsonValues.NullIfEmpty(JsonValues.String(item, "audio_url"));
                    var name = JsonValues.NullIfEmpty(JsonValues.String(item, "stem_type_group_name"));
                    if (url == null && name == null) continue;
                    stems.Add(Stem(task, url, name, JsonValues.NullIfEmpty(JsonValues.String(item, "id")), JsonValues.Number(item, "duration")));
                }
            }

            foreach (var field in response.EnumerateObject())
            {
                if (!IsStemUrlField(field.Name) || field.Value.ValueKind != JsonValueKind.String) continue;
                var url = JsonValues.NullIfEmpty(field.Value.GetString());
                if (url == null) continue;
                var name = StemOfField.TryGetValue(field.Name, out var known) ? known : NameFromField(field.Name);
                var same = stems.Find(s => string.Equals(s.StemName, name, StringComparison.OrdinalIgnoreCase) ||
                                           string.Equals(s.Url, url, StringComparison.Ordinal));
                if (same != null)
                {
                    // The same stem in both lists: the camelCase field is the file host's link (originData's may be a copy).
                    same.Url = url;
                    same.StemName ??= name;
                    continue;
                }

                stems.Add(Stem(task, url, name, null, null));
            }

            for (var i = 0; i < stems.Count; i++) stems[i].Index = i + 1;
            task.Outputs = new SunoTaskOutputCollection(stems);
        }

        private static SunoTaskOutput Stem(SunoTask task, string? url, string? name, string? id, double? duration) => new SunoTaskOutput
        {
            Kind = SunoOutputKind.Stem,
            Url = url,
            Id = id ?? task.SourceAudioId ?? task.TaskId,
            TaskId = task.TaskId,
            Family = SunoTaskFamily.Separation,
            StemName = name,
            Duration = duration,
            IsPrimary = true,
        };

        private static bool IsStemUrlField(string name) =>
            name.Length > 3 && name.EndsWith("Url", StringComparison.Ordinal) && !string.Equals(name, "originUrl", StringComparison.Ordinal);

        /// <summary>"leadGuitarUrl" → "Lead Guitar".</summary>
        internal static string NameFromField(string field)
        {
            var stem = field.Substring(0, field.Length - 3);
            var text = new StringBuilder();
            for (var i = 0; i < stem.Length; i++)
            {
                var c = stem[i];
                if (i == 0) text.Append(char.ToUpperInvariant(c));
                else if (char.IsUpper(c)) text.Append(' ').Append(c);
                else text.Append(c);
            }

            return text.ToString();
        }
    }
}
