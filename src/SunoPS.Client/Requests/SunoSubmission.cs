using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// A request that creates a task. Each endpoint's request says where it goes, checks its documented rules
    /// before anything is sent (a mistake costs no credits), and lists its fields as the API names them.
    /// </summary>
    public abstract class SunoSubmission
    {
        internal SunoSubmission()
        {
        }

        /// <summary>The family of the task this creates.</summary>
        public SunoTaskFamily Family => Endpoint.Family;

        internal abstract ApiEndpoint Endpoint { get; }

        /// <summary>
        /// What the API's documentation says this request costs, in credits; null where it says nothing (most
        /// endpoints: prices are on the account's billing page, and change).
        /// </summary>
        public virtual int? DocumentedCredits => null;

        /// <summary>The rules this request breaks, in the API's field names; empty when it may be sent.</summary>
        public abstract IReadOnlyList<SunoProblem> Validate();

        /// <summary>The JSON fields as the API names them, in alphabetical order (as the API echoes them in param); nulls are not sent.</summary>
        internal abstract SortedDictionary<string, object?> ToFields();

        /// <summary>Fills in what the new task's object knows from the request before its first read.</summary>
        internal virtual void Describe(SunoTask submitted)
        {
        }
    }
}
