using System;
using SunoPS.Client.Json;

namespace SunoPS
{
    /// <summary>A task record as the API reports it, with its request parameters parsed out.</summary>
    public sealed class SunoTask
    {
        public string TaskId { get; internal set; } = "";
        public string Status { get; internal set; } = SunoTaskStatus.Pending;
        public bool IsCompleted => string.Equals(Status, SunoTaskStatus.Success, StringComparison.OrdinalIgnoreCase);
        public bool IsFailed => SunoTaskStatus.IsFailure(Status);

        /// <summary>What the task family is (music for now), so other cmdlets know which endpoint reads it.</summary>
        public string Family { get; internal set; } = "music";

        public string? OperationType { get; internal set; }
        public string? Type { get; internal set; }
        public string? ParentMusicId { get; internal set; }

        public string? Prompt { get; internal set; }
        public string? Style { get; internal set; }
        public string? Title { get; internal set; }
        public string? Model { get; internal set; }
        public bool? CustomMode { get; internal set; }
        public bool? Instrumental { get; internal set; }
        public SunoTaskParameters Parameters { get; internal set; } = SunoTaskParameters.Empty;

        public SunoTrackCollection Tracks { get; internal set; } = SunoTrackCollection.Empty;

        /// <summary>The track ids, comma-separated (a plain property rather than a types.ps1xml member: importing a types file costs time).</summary>
        public string TrackIds => Tracks.ToString();

        public int? ErrorCode { get; internal set; }
        public string? ErrorMessage { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }

        /// <summary>When this copy of the record was read from the API.</summary>
        public DateTimeOffset RetrievedAt { get; internal set; }

        /// <summary>Reads a task from the <c>data</c> object of a record-info answer (handy for test fixtures).</summary>
        public static SunoTask Parse(string recordJson) => TaskRecordReader.ParseData(recordJson);

        public override string ToString() => TaskId;
    }
}
