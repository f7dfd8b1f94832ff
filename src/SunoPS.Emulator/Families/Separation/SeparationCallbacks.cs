using System.Text.Json;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// The separation callback (suno-api.md §6.4): one, when the task ends, in the docs' field order (<c>code</c>,
/// <c>data</c>, <c>msg</c>). <c>data.task_id</c> and <c>data.vocal_removal_info</c> in snake case, its fields in
/// alphabetical order with <c>origin_url: ""</c> (record-info says <c>originUrl: null</c>): separate_vocal gives
/// instrumental_url and vocal_url; split_stem the twelve instrument fields (null where the mode made no such stem).
/// split_stem_advanced's shape is not documented: its one stem is posted as <c>origin_data[]</c>, the record's
/// originData items in their own snake case. A failure is code 400 (500 when the task was not created) with
/// <c>vocal_removal_info: null</c>.
/// </summary>
internal static class SeparationCallbacks
{
    /// <summary>split_stem's fields (§6.4), with the record field each mirrors.</summary>
    private static readonly (string Name, string Field)[] SplitStemFields =
    [
        ("backing_vocals_url", "backingVocalsUrl"), ("bass_url", "bassUrl"), ("brass_url", "brassUrl"), ("drums_url", "drumsUrl"),
        ("fx_url", "fxUrl"), ("guitar_url", "guitarUrl"), ("keyboard_url", "keyboardUrl"), ("origin_url", ""),
        ("percussion_url", "percussionUrl"), ("strings_url", "stringsUrl"), ("synth_url", "synthUrl"), ("vocal_url", "vocalUrl"),
        ("woodwinds_url", "woodwindsUrl"),
    ];

    private static readonly (string Name, string Field)[] SeparateVocalFields =
        [("instrumental_url", "instrumentalUrl"), ("origin_url", ""), ("vocal_url", "vocalUrl")];

    public static IReadOnlyList<CallbackStage> StagesOf(SeparationTask task) =>
        CallbackBody.EndStage(task.Final.HasFiles(), task.Times.CreatedAt + task.Times.DoneAfter);

    public static byte[] Render(SeparationTask task, CallbackStage stage, FileUrls urls) => CallbackBody.Write(w =>
    {
        w.WriteStartObject();
        if (stage.Name == CallbackStage.Complete)
        {
            w.WriteNumber("code", 200);
            w.WriteStartObject("data");
            w.WriteString("task_id", task.TaskId);
            w.WriteStartObject("vocal_removal_info");
            WriteInfo(w, task, urls);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("msg", "vocal Removal generated successfully.");
        }
        else
        {
            var created = task.Final != SeparationStatus.CreateTaskFailed;
            w.WriteNumber("code", created ? 400 : 500);
            w.WriteString("msg", created ? "Vocal separation failed" : "Task creation failed");
            w.WriteStartObject("data");
            w.WriteString("task_id", task.TaskId);
            w.WriteNull("vocal_removal_info");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static void WriteInfo(Utf8JsonWriter w, SeparationTask task, FileUrls urls)
    {
        var generation = task.FileGeneration;
        if (task.Type == SeparationTypes.SplitStemAdvanced)
        {
            w.WriteStartArray("origin_data");
            foreach (var stem in task.Stems)
            {
                w.WriteStartObject();
                w.WriteNumber("duration", task.Track.DurationSeconds);
                w.WriteString("audio_url", SeparationFiles.UrlOf(urls, stem, generation));
                w.WriteString("stem_type_group_name", stem.Name);
                w.WriteString("id", stem.IdText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("origin_url", "");
            return;
        }

        foreach (var (name, field) in task.Type == SeparationTypes.SplitStem ? SplitStemFields : SeparateVocalFields)
        {
            if (field.Length == 0)
            {
                w.WriteString(name, "");
                continue;
            }

            var stem = task.Stems.FirstOrDefault(s => s.Field == field);
            if (stem is not null) w.WriteString(name, SeparationFiles.UrlOf(urls, stem, generation)); else w.WriteNull(name);
        }
    }
}
