using System.Security.Cryptography;
using System.Text;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Three fractions in [0, 1) taken from a task id's hash, one per stage: where within each stage's spread the task
/// falls. A hash, not a shared Random, so a task's times do not depend on how many tasks were made before it.
/// </summary>
internal readonly record struct StageDraws(double Text, double First, double Complete)
{
    public static StageDraws Of(string taskId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(taskId));
        return new StageDraws(Fraction(hash, 0), Fraction(hash, 8), Fraction(hash, 16));
    }

    private static double Fraction(byte[] hash, int offset) =>
        (BitConverter.ToUInt64(hash, offset) >> 11) / (double)(1UL << 53);
}
