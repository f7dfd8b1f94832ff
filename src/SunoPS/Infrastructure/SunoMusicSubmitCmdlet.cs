using System.Management.Automation;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Base of the music-family cmdlets beyond New-SunoMusic: the options most of their endpoints share (model,
    /// vocal gender, the three weights), and what they need to know of a source track (its model and length).
    /// Ranges and allowed values are checked by the client's request rules, so a CSV row's empty cell binds as "not given".
    /// </summary>
    public abstract class SunoMusicSubmitCmdlet : SunoSubmitCmdlet
    {
        /// <summary>Tab completes the documented models; any string is passed on.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        [ModelName]
        public string? Model { get; set; }

        /// <summary>"m" or "f".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(VocalGenderCompleter))]
        public string? VocalGender { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? StyleWeight { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? WeirdnessConstraint { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? AudioWeight { get; set; }

        /// <summary>What came down the pipeline, to tell a piped track's own properties from the user's choices.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        protected string? NormalizedVocalGender => VocalGender?.Trim().ToLowerInvariant();

        /// <summary>The piped track, when a track was piped.</summary>
        protected SunoTrack? PipedTrack => InputObject?.BaseObject as SunoTrack;

        /// <summary>
        /// Null when <paramref name="value"/> only came from the piped track's own property of that name (its Title,
        /// its Lyrics), which describes the source rather than what the user asks for.
        /// </summary>
        protected string? UnlessFromTrack(string? value, System.Func<SunoTrack, string?> property)
        {
            var track = PipedTrack;
            return track != null && value != null && string.Equals(value, property(track), System.StringComparison.Ordinal) ? null : value;
        }

        /// <summary>
        /// The source track's model and length: from the piped track and its task as this session knows it, or else
        /// by reading the task (a free read). Null parts are unknown; the API then checks them itself.
        /// </summary>
        protected (string? Model, double? Duration, SunoTrack? Track) DescribeSource(string? taskId, string? audioId, double? pipedDuration)
        {
            var id = taskId?.Trim();
            var audio = audioId?.Trim();
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(audio)) return (null, pipedDuration, PipedTrack);

            var task = Session.Tasks.Find(new SunoTaskReference(id!, SunoTaskFamily.Music));
            var track = task == null ? null : FindTrack(task, audio!);
            // -WhatIf sends nothing at all, not even a read.
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w) && w is SwitchParameter s && s.IsPresent;
            if (!whatIf && (task == null || track == null || task.Model == null || track.Duration == null))
            {
                try
                {
                    task = Run(token => Client.GetTaskAsync(new SunoTaskReference(id!, SunoTaskFamily.Music), token));
                    Session.Tasks.Remember(task);
                    track = FindTrack(task, audio!) ?? track;
                }
                catch (Client.Errors.SunoException e)
                {
                    // The submission itself will say what is wrong with the source; only the checks here are lost.
                    WriteVerbose("Could not read task " + id + " to check the source track: " + e.Message);
                }
            }

            return (task?.Model, track?.Duration ?? pipedDuration, track ?? PipedTrack);
        }

        private static SunoTrack? FindTrack(SunoTask task, string audioId)
        {
            foreach (var track in task.Tracks)
            {
                if (string.Equals(track.Id, audioId, System.StringComparison.OrdinalIgnoreCase)) return track;
            }

            return null;
        }
    }
}
