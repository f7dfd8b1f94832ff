namespace SunoPS
{
    /// <summary>A persona made from a track's voice (generate-persona); its id goes to -PersonaId of music requests.</summary>
    public sealed class SunoPersona
    {
        public string PersonaId { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? Description { get; internal set; }

        /// <summary>The track it was made from.</summary>
        public string TaskId { get; internal set; } = "";
        public string AudioId { get; internal set; } = "";

        public override string ToString() => PersonaId;
    }
}
