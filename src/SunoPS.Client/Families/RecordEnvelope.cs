namespace SunoPS.Client.Families
{
    /// <summary>How an answer wraps its result.</summary>
    internal enum RecordEnvelope
    {
        /// <summary><c>{code, msg, data}</c>: code 200 is success, the result is <c>data</c>.</summary>
        Standard,

        /// <summary>
        /// Recovery's details: the top-level <c>code</c> is the task's status (201 running, 200 done, 500 all failed)
        /// and the record is the whole answer (<c>task_id</c> and <c>data</c> side by side).
        /// </summary>
        TaskStatusInCode,

        /// <summary>The upload host's <c>{success, code, msg, data}</c>: success needs both <c>success: true</c> and code 200.</summary>
        Upload,
    }
}
