using System;
using SunoPS.Client.Families;
using SunoPS.Client.Json;

namespace SunoPS
{
    /// <summary>
    /// A task record of any family as the API reports it. Its status comes in three views: <see cref="ApiStatus"/>
    /// as the API sent it, <see cref="Status"/> in one upper-case vocabulary for every family, and
    /// <see cref="State"/>, one of four words. The files it produced are <see cref="Outputs"/>; music tasks also
    /// have <see cref="Tracks"/>.
    /// </summary>
    public sealed class SunoTask
    {
        public string TaskId { get; internal set; } = "";

        /// <summary>Which family the task is of, so other cmdlets know which endpoint reads it.</summary>
        public SunoTaskFamily Family { get; internal set; } = SunoTaskFamily.Music;

        /// <summary>The status as the API sent it: <c>SUCCESS</c>, <c>1</c>, <c>wait_validating</c>, <c>201</c>.</summary>
        public string? ApiStatus { get; internal set; }

        /// <summary>PENDING, the family's stages (TEXT_SUCCESS, FIRST_SUCCESS, GENERATING), SUCCESS, or the family's failure name.</summary>
        public string Status { get; internal set; } = SunoTaskStatus.Pending;

        public SunoTaskState State { get; internal set; } = SunoTaskState.Pending;
        public bool IsCompleted => State == SunoTaskState.Succeeded;

        /// <summary>How far the task has come, for a wait's -Until: 0, the family's stages (music: 1 text, 2 first), 3 done.</summary>
        internal int Stage { get; set; }
        public bool IsFailed => State == SunoTaskState.Failed;

        public string? OperationType { get; internal set; }
        public string? Type { get; internal set; }
        public string? ParentMusicId { get; internal set; }

        /// <summary>The track a derived task was made from (a WAV's <c>musicId</c>, say).</summary>
        public string? SourceAudioId { get; internal set; }

        /// <summary>The task a derived task was made from (cover art's <c>parentTaskId</c>, the music task a recovery renews).</summary>
        public string? SourceTaskId { get; internal set; }

        public string? Prompt { get; internal set; }
        public string? Style { get; internal set; }
        public string? Title { get; internal set; }
        public string? Model { get; internal set; }
        public bool? CustomMode { get; internal set; }
        public bool? Instrumental { get; internal set; }
        public SunoTaskParameters Parameters { get; internal set; } = SunoTaskParameters.Empty;

        public SunoTrackCollection Tracks { get; internal set; } = SunoTrackCollection.Empty;

        /// <summary>The track ids, comma-separated (a plain property rather than a types.ps1xml member: importing a types file costs time).</summary>
        public SunoIdList TrackIds => new SunoIdList(System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Tracks, t => t.Id)));

        /// <summary>A MIDI task's notes, by instrument (null for other families, and while it runs).</summary>
        public SunoMidiData? Midi { get; internal set; }

        /// <summary>How many notes a MIDI task returned, over all instruments (a flat column for Export-Csv).</summary>
        public int? NoteCount => Midi?.NoteCount;

        /// <summary>A voice validation's phrase (<c>validateInfo</c>): what to sing and record for the voice.</summary>
        public string? ValidationPhrase { get; internal set; }

        /// <summary>A voice task's custom voice (<c>voiceId</c>): music requests use it as their persona.</summary>
        public string? VoiceId { get; internal set; }

        /// <summary>Every file the task produced, of any kind.</summary>
        public SunoTaskOutputCollection Outputs { get; internal set; } = SunoTaskOutputCollection.Empty;

        public int? ErrorCode { get; internal set; }
        public string? ErrorMessage { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? CompletedAt { get; internal set; }

        /// <summary>When this copy of the record was read from the API.</summary>
        public DateTimeOffset RetrievedAt { get; internal set; }

        /// <summary>The record exactly as the API sent it (the envelope's data, or the whole answer where the family has no envelope).</summary>
        public string? RawRecord { get; internal set; }

        /// <summary>The id and family, as Get, Wait and Save pass it on.</summary>
        public SunoTaskReference Reference => new SunoTaskReference(TaskId, Family);

        /// <summary>Reads a music task from the <c>data</c> object of a record-info answer (for test fixtures and saved records).</summary>
        public static SunoTask Parse(string recordJson) => Parse(recordJson, SunoTaskFamily.Music);

        /// <summary>Reads a task of <paramref name="family"/> from the <c>data</c> object of its record-info answer.</summary>
        public static SunoTask Parse(string recordJson, SunoTaskFamily family) =>
            TaskRecordReader.ParseData(recordJson, TaskFamilies.Get(family));

        public override string ToString() => TaskId;

        /// <summary>
        /// Fills in what this record lacks from an earlier object of the same task (the submitted one): a WAV record
        /// has no title, but the track it was made from had one.
        /// </summary>
        internal void CarryFrom(SunoTask earlier)
        {
            if (!string.Equals(earlier.TaskId, TaskId, StringComparison.Ordinal) || earlier.Family != Family) return;
            Title ??= earlier.Title;
            SourceAudioId ??= earlier.SourceAudioId;
            SourceTaskId ??= earlier.SourceTaskId;
            Type ??= earlier.Type;
            foreach (var output in Outputs)
            {
                output.Title ??= Title;
            }
        }
    }
}
