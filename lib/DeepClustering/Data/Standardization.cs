using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Per-column standardisation fitted on one data set and reusable on another: (x - Mean) / Std, Std the population standard deviation (as scikit-learn's StandardScaler).</summary>
/// <param name="Mean">The column means [F].</param>
/// <param name="Std">The column standard deviations [F]; a zero deviation is stored as 1 so constant columns become 0.</param>
public sealed record Standardization(torch.Tensor Mean, torch.Tensor Std)
{
    /// <summary>Fits the column means and deviations of <paramref name="x"/> [N, F].</summary>
    /// <exception cref="ArgumentException">x is not [N, F] with N ≥ 1.</exception>
    public static Standardization Fit(torch.Tensor x)
    {
        if (x.dim() != 2 || x.shape[0] < 1)
            throw new ArgumentException($"expected a matrix [N, F] with N >= 1, got [{string.Join(", ", x.shape)}]", nameof(x));
        using var std = x.std(0, unbiased: false);
        return new Standardization(x.mean([0L]), torch.where(std == 0, torch.ones_like(std), std));
    }

    /// <summary>Fits on <paramref name="x"/> and returns the standardised data with the statistics (to reuse on test data with <see cref="Apply"/>).</summary>
    public static (torch.Tensor Standardized, Standardization Statistics) FitApply(torch.Tensor x)
    {
        var stats = Fit(x);
        return (stats.Apply(x), stats);
    }

    /// <summary>Standardises <paramref name="x"/> [N, F] with the fitted statistics.</summary>
    public torch.Tensor Apply(torch.Tensor x)
    {
        using var centred = x - Mean;
        return centred / Std;
    }
}
