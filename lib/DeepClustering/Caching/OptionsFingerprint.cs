using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using static TorchSharp.torch;

namespace DeepClustering.Caching;

/// <summary>
/// The options that change the numbers, as text: every public property marked <see cref="ChangesNumbersAttribute"/>,
/// none marked <see cref="KeepsNumbersAttribute"/>; a property marked neither is an error, so a new option cannot
/// silently join or leave the cache identity.
/// </summary>
public static class OptionsFingerprint
{
    /// <summary>
    /// <c>Type{Name=value;...}</c> over the options that change numbers, by name, in invariant round-trip format.
    /// </summary>
    /// <exception cref="InvalidOperationException">A public property is classified neither way, or both.</exception>
    /// <exception cref="NotSupportedException">
    /// A property that changes numbers holds a function, which has no fingerprint (such a run cannot be cached).
    /// </exception>
    public static string Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var parts = NumericProperties(typeof(T))
            .Select(p => $"{p.Name}={Format(typeof(T), p, p.GetValue(options))}");
        return $"{typeof(T).Name}{{{string.Join(";", parts)}}}";
    }

    /// <summary>
    /// The public properties of <paramref name="type"/> that change numbers, by name; throws when one is unclassified.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> NumericProperties(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var numeric = new List<PropertyInfo>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var property in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.Name == "EqualityContract") continue;  // a record's compiler-made property
            var changes = property.IsDefined(typeof(ChangesNumbersAttribute));
            var keeps = property.IsDefined(typeof(KeepsNumbersAttribute));
            if (changes == keeps)
                throw new InvalidOperationException(
                    $"{type.Name}.{property.Name} must carry exactly one of [ChangesNumbers] and [KeepsNumbers] " +
                    $"(it carries {(changes ? "both" : "neither")}): say whether it changes what training computes.");
            if (changes) numeric.Add(property);
        }
        return numeric;
    }

    private static string Format(Type owner, PropertyInfo property, object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        Enum choice => choice.ToString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        nn.Module module => "module " + ModelFingerprint.Of(module),
        Delegate => throw new NotSupportedException(
            $"{owner.Name}.{property.Name} is a function, which has no fingerprint, so a run that sets it cannot be " +
            "cached; run it without the model cache."),
        _ => throw new NotSupportedException(
            $"{owner.Name}.{property.Name} is a {value.GetType().Name}, which has no fingerprint; " +
            "give OptionsFingerprint a format for it."),
    };
}
