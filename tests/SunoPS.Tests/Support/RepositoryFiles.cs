using System;
using System.IO;

namespace SunoPS.Tests.Support
{
    /// <summary>Files of the repository the tests run from (the README's error table is a contract too).</summary>
    public static class RepositoryFiles
    {
        public static string Root
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "SunoPS.sln"))) return dir.FullName;
                }

                throw new InvalidOperationException("No SunoPS.sln above " + AppContext.BaseDirectory);
            }
        }

        public static string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
    }
}
