using System;
using System.Management.Automation;
using System.Net;
using System.Security;

namespace SunoPS.Infrastructure
{
    /// <summary>Accepts a plain string where a SecureString is wanted (scripts, CI variables) and converts it.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (value is string text)
            {
                return new NetworkCredential("", text).SecurePassword;
            }

            return value;
        }
    }

    /// <summary>
    /// Reads "true"/"false"/"yes"/"no"/"1"/"0" as booleans, so a CSV column binds to a switch correctly
    /// (PowerShell would otherwise read any non-empty string, even "False", and even null, as true).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class FlexibleBooleanAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            // A null value (a JSON null, a task whose record lacks the field) means "not given", as an empty cell
            // does; PowerShell would otherwise bind it as a present switch.
            if (value == null) return new SwitchParameter(false);
            if (!(value is string text)) return inputData;

            switch (text.Trim().ToLowerInvariant())
            {
                case "":
                case "false":
                case "no":
                case "n":
                case "0":
                case "$false": return new SwitchParameter(false);
                case "true":
                case "yes":
                case "y":
                case "1":
                case "$true": return new SwitchParameter(true);
                default: throw new ArgumentTransformationMetadataException("'" + text + "' is not true or false.");
            }
        }
    }

    /// <summary>Turns an empty or blank string (an empty CSV cell) into null, so it means "not given".</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class EmptyAsNullAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            return value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
        }
    }
}
