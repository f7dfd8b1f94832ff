using System;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace SunoPS.Tests.Support
{
    public static class Eventually
    {
        /// <summary>Waits until <paramref name="condition"/> holds; fails after a generous 10 s.</summary>
        public static async Task Until(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new XunitException("Timed out waiting until " + what + ".");
                await Task.Delay(20);
            }
        }
    }
}
