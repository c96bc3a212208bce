using System.Globalization;
using System.Text.Json.Serialization;

namespace DeepClustering.Reproductions;

/// <summary>A condition a measured value must meet: at least, at most, within a tolerance of a value, or inside a range.</summary>
/// <param name="Kind">Which comparison applies.</param>
/// <param name="Value">The bound or the centre value.</param>
/// <param name="Upper">The upper bound of a range, or the tolerance of a <see cref="TargetKind.Within"/> target.</param>
public sealed record Target(TargetKind Kind, double Value, double Upper = double.NaN)
{
    /// <summary>The value must be at least <paramref name="min"/>.</summary>
    public static Target AtLeast(double min) => new(TargetKind.AtLeast, min);

    /// <summary>The value must be at most <paramref name="max"/>.</summary>
    public static Target AtMost(double max) => new(TargetKind.AtMost, max);

    /// <summary>The value must lie within <paramref name="tolerance"/> of <paramref name="centre"/>.</summary>
    public static Target Within(double centre, double tolerance) => new(TargetKind.Within, centre, tolerance);

    /// <summary>The value must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Target Between(double min, double max) => new(TargetKind.Between, min, max);

    /// <summary>The tolerance of a <see cref="TargetKind.Within"/> target, else null.</summary>
    [JsonIgnore]
    public double? Tolerance => Kind == TargetKind.Within ? Upper : null;

    /// <summary>Whether <paramref name="value"/> meets the target (NaN never does).</summary>
    public bool IsMetBy(double value) => !double.IsNaN(value) && Kind switch
    {
        TargetKind.AtLeast => value >= Value,
        TargetKind.AtMost => value <= Value,
        // A bound written in decimal (0.8802 +- 0.02) must include its own edges despite binary rounding.
        TargetKind.Within => Math.Abs(value - Value) <= Upper + 1e-12 * Math.Max(1, Math.Abs(Value)),
        TargetKind.Between => value >= Value && value <= Upper,
        _ => false,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        TargetKind.AtLeast => $">= {Format(Value)}",
        TargetKind.AtMost => $"<= {Format(Value)}",
        TargetKind.Within => $"{Format(Value)} +- {Format(Upper)}",
        TargetKind.Between => $"[{Format(Value)}, {Format(Upper)}]",
        _ => Kind.ToString(),
    };

    private static string Format(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>The kinds of <see cref="Target"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetKind>))]
public enum TargetKind
{
    /// <summary>value &gt;= bound.</summary>
    AtLeast,

    /// <summary>value &lt;= bound.</summary>
    AtMost,

    /// <summary>|value - centre| &lt;= tolerance.</summary>
    Within,

    /// <summary>min &lt;= value &lt;= max.</summary>
    Between,
}
