using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SunoPS
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) has no binding redirects for the System.Text.Json family, so
    /// when it asks for one of them by version we answer with the copy in dependencies/, matched by simple name.
    /// PowerShell 7 never asks: its own, newer copies satisfy every reference.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string DependencyFolder =
            Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", "dependencies");

        private static bool IsNetFramework =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        public void OnImport()
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveDependency;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveDependency;
            }
        }

        private static Assembly? ResolveDependency(object? sender, ResolveEventArgs args)
        {
            // Only SunoPS's own requests (its assemblies and the dependencies they load) are answered: another
            // module asking for its own System.Text.Json must get its own copy, not ours.
            var requester = args.RequestingAssembly?.Location;
            if (!string.IsNullOrEmpty(requester) && !IsOurs(requester!)) return null;
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name)) return null;
            var candidate = Path.Combine(DependencyFolder, name + ".dll");
            return File.Exists(candidate) ? Assembly.LoadFrom(candidate) : null;
        }

        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".";

        internal static bool IsOurs(string assemblyPath)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath)) ?? "";
            return string.Equals(folder, Path.GetFullPath(ModuleFolder), StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(folder, Path.GetFullPath(DependencyFolder), StringComparison.OrdinalIgnoreCase);
        }
    }
}
