using System.Collections.Generic;

namespace SunoPS.Client.Http
{
    /// <summary>A submitting endpoint: where it is, which family its task belongs to, and what its codes mean.</summary>
    internal sealed class ApiEndpoint
    {
        public ApiEndpoint(string path, SunoTaskFamily family)
        {
            Path = path;
            Family = family;
        }

        /// <summary>Relative to the API's base.</summary>
        public string Path { get; }

        /// <summary>The family of the task the endpoint creates (its record is read there).</summary>
        public SunoTaskFamily Family { get; }

        /// <summary>False for synchronous endpoints that answer with a result, not a paid task.</summary>
        public bool SpendsCredits { get; set; } = true;

        /// <summary>The code with which the endpoint refuses a repeat, naming the existing task (cover art: 400).</summary>
        public int? ExistingTaskCode { get; set; }

        public IReadOnlyDictionary<int, ApiFailure> CodeOverrides { get; set; } = ApiCodeMap.NoOverrides;
    }
}
