using System.Globalization;

namespace DeepClustering.Display.Tables;

/// <summary>Culture-invariant text for table cells: numbers rounded to four decimals, huge or tiny ones in E notation.</summary>
public static class CellText
{
    /// <summary>The text for one cell value (null becomes an empty string).</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => FormatReal(d),
        float f => FormatReal(f),
        decimal m => FormatReal((double)m),
        Half h => FormatReal((double)h),
        bool b => b ? "true" : "false",
        string s => s,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Whether a value is numeric (right-aligned in tables).</summary>
    public static bool IsNumeric(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or Half;

    /// <summary>Formats a real number: NaN and infinities by name, otherwise at most four decimals.</summary>
    public static string FormatReal(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "∞";
        if (double.IsNegativeInfinity(value)) return "-∞";
        double magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-4))
            return value.ToString("0.###E+0", CultureInfo.InvariantCulture);
        return value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
