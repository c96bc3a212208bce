using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>One bar per named value (e.g. wall time per notebook).</summary>
    public static GenericChart Bars(IReadOnlyList<string> names, IReadOnlyList<double> values, string title, string xTitle = "", string yTitle = "value")
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Count != values.Count)
            throw new ArgumentException($"Expected one value per name: {names.Count} names, {values.Count} values.", nameof(values));
        return ChartLayout.Apply(Chart.Column<double, string, string>(values, Keys: names.ToArray(), Name: yTitle), title, xTitle, yTitle);
    }
}
