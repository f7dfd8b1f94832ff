namespace SunoPS.Client.Families
{
    /// <summary>What one value of a family's status field means: the normalised status, the state, and the stage reached.</summary>
    internal readonly struct StatusMeaning
    {
        /// <summary>Stage numbers: a wait for "Complete" (3) ends at success; music also has text (1) and first (2).</summary>
        public const int CompleteStage = 3;

        public StatusMeaning(string status, SunoTaskState state, int stage = 0)
        {
            Status = status;
            State = state;
            Stage = state == SunoTaskState.Succeeded ? CompleteStage : stage;
        }

        public string Status { get; }
        public SunoTaskState State { get; }
        public int Stage { get; }

        public bool IsTerminal => State == SunoTaskState.Succeeded || State == SunoTaskState.Failed;

        public static StatusMeaning Pending(string status = "PENDING") => new StatusMeaning(status, SunoTaskState.Pending);
        public static StatusMeaning Running(string status, int stage = 0) => new StatusMeaning(status, SunoTaskState.Running, stage);
        public static StatusMeaning Succeeded(string status = "SUCCESS") => new StatusMeaning(status, SunoTaskState.Succeeded);
        public static StatusMeaning Failed(string status) => new StatusMeaning(status, SunoTaskState.Failed);
    }
}
