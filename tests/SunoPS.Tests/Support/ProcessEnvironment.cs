using System;
using System.Collections.Generic;
using Xunit;

namespace SunoPS.Tests.Support
{
    /// <summary>Tests that change process environment variables run alone: every runspace in the process reads them.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessEnvironment
    {
        public const string Name = "Process environment";

        public const string KeyVariable = "SUNO_API_KEY";
        public const string BaseUriVariable = "SUNO_API_BASE_URI";

        /// <summary>Clears the SunoPS variables now and puts back what they were when disposed.</summary>
        public static IDisposable Isolate() => new Saved(KeyVariable, BaseUriVariable);

        public static void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);

        private sealed class Saved : IDisposable
        {
            private readonly Dictionary<string, string?> _values = new Dictionary<string, string?>();

            public Saved(params string[] names)
            {
                foreach (var name in names)
                {
                    _values[name] = Environment.GetEnvironmentVariable(name);
                    Environment.SetEnvironmentVariable(name, null);
                }
            }

            public void Dispose()
            {
                foreach (var saved in _values) Environment.SetEnvironmentVariable(saved.Key, saved.Value);
            }
        }
    }
}
