using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Per-column min-max scaling fitted on one data set and reusable on another: (x - Min) / (Max - Min) * (High - Low) + Low.</summary>
/// <param name="Min">The column minima [F] seen when fitting.</param>
/// <param name="Max">The column maxima [F] seen when fitting.</param>
/// <param name="Low">The lower end of the target range.</param>
/// <param name="High">The upper end of the target range.</param>
/// <remarks>A constant column (Max = Min) maps to <see cref="Low"/>.</remarks>
public sealed record MinMaxScaling(torch.Tensor Min, torch.Tensor Max, double Low, double High)
{
    /// <summary>Fits the column minima and maxima of <paramref name="x"/> [N, F].</summary>
    /// <exception cref="ArgumentException">x is not [N, F] with N ≥ 1, or <paramref name="high"/> ≤ <paramref name="low"/>.</exception>
    public static MinMaxScaling Fit(torch.Tensor x, double low = 0, double high = 1)
    {
        if (x.dim() != 2 || x.shape[0] < 1)
            throw new ArgumentException($"expected a matrix [N, F] with N >= 1, got [{string.Join(", ", x.shape)}]", nameof(x));
        if (!(high > low))
            throw new ArgumentException($"the range [{low}, {high}] is empty", nameof(high));
        return new MinMaxScaling(x.amin(0), x.amax(0), low, high);
    }

    /// <summary>Scales <paramref name="x"/> [N, F] with the fitted minima and maxima (values outside them land outside the range).</summary>
    public torch.Tensor Apply(torch.Tensor x)
    {
        using var scope = torch.NewDisposeScope();
        var range = Max - Min;
        var safe = torch.where(range == 0, torch.ones_like(range), range);
        return ((x - Min) / safe * (High - Low) + Low).MoveToOuterDisposeScope();
    }
}
