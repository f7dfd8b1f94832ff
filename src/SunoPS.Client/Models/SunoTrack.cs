using System;

namespace SunoPS
{
    /// <summary>One generated track (an item of <c>response.sunoData</c>).</summary>
    public sealed class SunoTrack
    {
        public string Id { get; internal set; } = "";
        public string TaskId { get; internal set; } = "";
        public string? Title { get; internal set; }
        public string? Tags { get; internal set; }

        /// <summary>The lyrics (the API calls them <c>prompt</c>); "[Instrumental]" for instrumentals.</summary>
        public string? Lyrics { get; internal set; }

        public string? ModelName { get; internal set; }

        /// <summary>Length in seconds as the API reports it; null until the track is complete.</summary>
        public double? Duration { get; internal set; }

        public string? AudioUrl { get; internal set; }
        public string? StreamAudioUrl { get; internal set; }
        public string? ImageUrl { get; internal set; }
        public string? SourceAudioUrl { get; internal set; }
        public string? SourceStreamAudioUrl { get; internal set; }
        public string? SourceImageUrl { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }

        /// <summary>True once the downloadable audio URL is there.</summary>
        public bool IsDownloadable => !string.IsNullOrEmpty(AudioUrl);

        /// <summary>True once the track can be streamed.</summary>
        public bool IsPlayable => !string.IsNullOrEmpty(StreamAudioUrl) || !string.IsNullOrEmpty(AudioUrl);

        /// <summary>The track's song as a task output, as its task's Outputs list it.</summary>
        public SunoTaskOutput ToOutput() => new SunoTaskOutput
        {
            Kind = SunoOutputKind.Audio,
            Url = AudioUrl,
            Id = Id,
            TaskId = TaskId,
            Family = SunoTaskFamily.Music,
            Title = Title,
            Duration = Duration,
            Index = Index,
            IsPrimary = true,
            Track = this,
        };

        /// <summary>1-based position in its task.</summary>
        public int Index { get; internal set; } = 1;

        public override string ToString() => Id;
    }
}
