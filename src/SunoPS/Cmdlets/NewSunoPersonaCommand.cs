using System.Globalization;
using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Makes a persona from a finished track's vocals (POST /api/v1/generate/generate-persona; synchronous) and
    /// returns it; its PersonaId goes to -PersonaId of New-SunoMusic, New-SunoExtension and New-SunoCover. The voice is
    /// taken from -VocalStart to -VocalEnd seconds (0 to 30 by default; the window is 10 to 30 seconds). One persona
    /// per track: a second one is SunoAlreadyExists.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoPersona", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoPersona))]
    public sealed class NewSunoPersonaCommand : SunoApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>The persona's name.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PersonaName")]
        [AllowEmptyString]
        public string Name { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Description { get; set; } = "";

        /// <summary>Where the voice starts, in seconds (0 when not given).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? VocalStart { get; set; }

        /// <summary>Where the voice ends, in seconds (30 when not given); 10 to 30 seconds after -VocalStart.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? VocalEnd { get; set; }

        /// <summary>A style to describe the persona.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>A piped track's length, to check the window before sending.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [FlexibleNumber]
        public double? Duration { get; set; }

        protected override bool RequiresKey => false;

        protected override void ProcessRecord()
        {
            var request = new PersonaRequest
            {
                TaskId = TaskId,
                AudioId = AudioId,
                Name = Name,
                Description = Description,
                VocalStart = VocalStart,
                VocalEnd = VocalEnd,
                Style = Style,
                SourceDuration = Duration,
            };
            var problems = request.Validate();
            if (problems.Count > 0)
            {
                WriteError(ErrorRecordFactory.Problems(problems, AudioId));
                return;
            }

            var window = string.Format(CultureInfo.InvariantCulture, "{0:0.##} s to {1:0.##} s", VocalStart ?? 0, VocalEnd ?? 30);
            if (!ShouldProcess("track " + AudioId + " of task " + TaskId, "Create persona '" + Name + "' from the vocals at " + window)) return;

            EnsureKey();
            try
            {
                WriteObject(Run(token => Client.CreatePersonaAsync(request, token)));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, AudioId);
            }
            catch (SunoException e)
            {
                WriteSunoError(e, AudioId);
            }
        }
    }
}
