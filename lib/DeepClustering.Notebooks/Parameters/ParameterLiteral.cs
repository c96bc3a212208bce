using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepClustering.Notebooks.Parameters;

/// <summary>Converts a command-line value to a typed value and the C# literal that declares it.</summary>
public static class ParameterLiteral
{
    /// <summary>Parses <paramref name="text"/> as the parameter's type; throws <see cref="ParameterException"/> naming the parameter when it does not fit.</summary>
    public static (object Value, string Literal) Convert(ParameterDefault parameter, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (parameter.Kind)
        {
            case ParameterKind.String:
                return (text, SymbolDisplay.FormatLiteral(text, quote: true));
            case ParameterKind.Int when int.TryParse(text, NumberStyles.Integer, invariant, out var i):
                return (i, i.ToString(invariant));
            case ParameterKind.Long when long.TryParse(text, NumberStyles.Integer, invariant, out var l):
                return (l, l.ToString(invariant) + "L");
            case ParameterKind.Double when double.TryParse(text, NumberStyles.Float, invariant, out var d):
                return (Finite(parameter, text, d), DoubleLiteral(d, "double", "d"));
            case ParameterKind.Float when float.TryParse(text, NumberStyles.Float, invariant, out var f):
                return (Finite(parameter, text, f), DoubleLiteral(f, "float", "f"));
            case ParameterKind.Decimal when decimal.TryParse(text, NumberStyles.Float, invariant, out var m):
                return (m, m.ToString(invariant) + "m");
            case ParameterKind.Bool when bool.TryParse(text, out var b):
                return (b, b ? "true" : "false");
            case ParameterKind.Unsupported:
                throw new ParameterException(
                    $"Parameter '{parameter.Name}' is declared as '{parameter.TypeText} {parameter.Name} = {parameter.DefaultText}'; " +
                    "only string, int, long, double, float, decimal and bool defaults (declared or written as literals) can be overridden.");
            default:
                throw new ParameterException(
                    $"Parameter '{parameter.Name}' expects {Keyword(parameter.Kind)} (its default is {parameter.DefaultText}), got '{text}'.");
        }
    }

    /// <summary>Rejects NaN, infinities and values beyond the type's range (which parse as infinity), naming the parameter.</summary>
    private static T Finite<T>(ParameterDefault parameter, string text, T value) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        if (T.IsFinite(value))
            return value;
        var why = T.IsNaN(value) || text.Contains("inf", StringComparison.OrdinalIgnoreCase) || text.Contains('\u221E')
            ? "is not a finite number"
            : $"is beyond the range of {Keyword(parameter.Kind)} (largest {(parameter.Kind == ParameterKind.Float ? float.MaxValue : double.MaxValue).ToString(CultureInfo.InvariantCulture)})";
        throw new ParameterException($"Parameter '{parameter.Name}' expects a finite {Keyword(parameter.Kind)} (its default is {parameter.DefaultText}); '{text}' {why}.");
    }

    private static string DoubleLiteral(double value, string type, string suffix)
    {
        if (double.IsNaN(value))
            return $"{type}.NaN";
        if (double.IsPositiveInfinity(value))
            return $"{type}.PositiveInfinity";
        if (double.IsNegativeInfinity(value))
            return $"{type}.NegativeInfinity";
        return (type == "float" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture)) + suffix;
    }

    /// <summary>The C# keyword declaring a parameter of this kind.</summary>
    public static string Keyword(ParameterKind kind) => kind switch
    {
        ParameterKind.String => "string",
        ParameterKind.Int => "int",
        ParameterKind.Long => "long",
        ParameterKind.Double => "double",
        ParameterKind.Float => "float",
        ParameterKind.Decimal => "decimal",
        ParameterKind.Bool => "bool",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
