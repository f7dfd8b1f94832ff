using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Xunit.Sdk;

namespace SunoPS.Tests.Support
{
    /// <summary>Searches text and objects for a key, or any long enough piece of it.</summary>
    public static class Secrets
    {
        /// <summary>Fails when <paramref name="text"/> holds any <paramref name="window"/> consecutive characters of <paramref name="key"/>.</summary>
        public static void AssertAbsent(string key, string? text, string where, int window = 8)
        {
            if (string.IsNullOrEmpty(text)) return;
            for (var i = 0; i + window <= key.Length; i++)
            {
                var piece = key.Substring(i, window);
                if (text!.IndexOf(piece, StringComparison.Ordinal) >= 0)
                {
                    throw new XunitException($"{where} shows \"{piece}\" of the key: {text}");
                }
            }
        }

        /// <summary>
        /// Every text an object holds: its ToString, and the values of all its properties and fields (non-public
        /// ones too), followed into nested objects and collections down to <paramref name="depth"/>.
        /// </summary>
        public static IEnumerable<(string Where, string Text)> TextsOf(object? value, string where, int depth = 3)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            return Walk(value, where, depth, seen).ToList();
        }

        private static IEnumerable<(string, string)> Walk(object? value, string where, int depth, HashSet<object> seen)
        {
            if (value is PSObject ps)
            {
                foreach (var property in ps.Properties)
                {
                    object? inner;
                    try { inner = property.Value; }
                    catch (GetValueException) { continue; }
                    foreach (var text in Walk(inner, where + "." + property.Name, depth - 1, seen)) yield return text;
                }

                value = ps.BaseObject;
            }

            if (value == null || !seen.Add(value)) yield break;
            yield return (where, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            var type = value.GetType();
            if (depth <= 0 || type.IsPrimitive || value is string || value is Uri || value is Type || value is Delegate) yield break;

            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var text in Walk(item, where + "[" + index++ + "]", depth - 1, seen)) yield return text;
                }
            }

            for (var t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    foreach (var text in Walk(field.GetValue(value), where + "." + field.Name, depth - 1, seen)) yield return text;
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (property.GetIndexParameters().Length > 0) continue;
                object? inner;
                try { inner = property.GetValue(value); }
                catch (TargetInvocationException) { continue; }
                foreach (var text in Walk(inner, where + "." + property.Name, depth - 1, seen)) yield return text;
            }
        }
    }
}
