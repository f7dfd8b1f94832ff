namespace SunoPS.Client.Polling
{
    /// <summary>How far a task must come before the wait for it ends.</summary>
    public enum WaitStage
    {
        /// <summary>Lyrics/text are done (TEXT_SUCCESS or later).</summary>
        Text = 1,

        /// <summary>A stream URL is playable (FIRST_SUCCESS or later).</summary>
        First = 2,

        /// <summary>All tracks are downloadable (SUCCESS).</summary>
        Complete = 3,
    }
}
