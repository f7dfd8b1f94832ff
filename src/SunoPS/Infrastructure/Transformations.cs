using System;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Security;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Accepts what a key comes as: a SecureString (Get-Secret's default), a plain string (scripts, CI variables),
    /// or a PSCredential (a vault entry stored as a credential; its password is the key). SecretManagement is not
    /// needed: `Get-Secret suno | Set-SunoApiKey` simply pipes its value here.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case string text: return new NetworkCredential("", text).SecurePassword;
                case PSCredential credential: return credential.Password;
                default: return value;
            }
        }
    }

    /// <summary>
    /// Reads "true"/"false"/"yes"/"no"/"1"/"0" as booleans, so a CSV column binds to a switch correctly
    /// (PowerShell would otherwise read any non-empty string, even "False", and even null, as true).
    /// A text that is neither is not a binding error (PowerShell's own id, the whole row lost to it) but a bad cell like any
    /// other: the switch binds as off, the problem waits in <see cref="SwitchCellProblems"/>, and the submission refuses the
    /// row as SunoInvalidRequest before anything is sent.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class FlexibleBooleanAttribute : ArgumentTransformationAttribute
    {
        public FlexibleBooleanAttribute(string parameterName)
        {
            ParameterName = parameterName;
        }

        public string ParameterName { get; }

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
                default:
                    SwitchCellProblems.Record("-" + ParameterName + " must be true or false (or yes, no, 1, 0), not '" + text + "'.");
                    return new SwitchParameter(false);
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

    /// <summary>
    /// A model name as the API spells it: blanks trimmed, a documented model in its own case (-Model v5 is sent as
    /// V5, which the API takes, not v5, which it refuses); an empty cell is "not given"; any other name passes on.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ModelNameAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (!(value is string text)) return inputData;
            return string.IsNullOrWhiteSpace(text) ? null : SunoModelCatalog.Canonical(text);
        }
    }

    /// <summary>
    /// Reads a number parameter that binds by property name. Numbers pass through; a string is read in the invariant
    /// culture ("0.5", " 1e-1 "); an empty cell means "not given". Anything else (a cell such as "abc" or "0,5")
    /// becomes NaN, which the request validator refuses for that row with SunoInvalidRequest, before anything is sent.
    /// Without this PowerShell's by-property-name binding skips a value it cannot convert, leaving the parameter
    /// unbound, and the row would be submitted without it. (Throwing here would also stop the row, but as a
    /// parameter binding error instead of the module's own error.)
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class FlexibleNumberAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case null: return null;
                case string text:
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
                case double _:
                case float _:
                case decimal _:
                case int _:
                case long _:
                case short _:
                case byte _:
                case sbyte _:
                case uint _:
                case ulong _:
                case ushort _:
                    return value;
                default:
                    // A bool, a date, an array, a script block: nothing a weight could mean.
                    return double.NaN;
            }
        }
    }

    /// <summary>
    /// Reads a URL parameter that binds by property name: an empty cell means "not given", and any other text
    /// becomes a Uri, relative when it is not an absolute URL, so the request validator can refuse it for that row
    /// (PowerShell would turn some texts into a relative Uri and skip others, leaving the parameter unbound).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class FlexibleUriAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (!(value is string text)) return inputData;
            if (string.IsNullOrWhiteSpace(text)) return null;
            return Uri.TryCreate(text.Trim(), UriKind.RelativeOrAbsolute, out var uri)
                ? uri
                : new Uri(Uri.EscapeDataString(text), UriKind.Relative);
        }
    }
}
