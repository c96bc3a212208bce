using DeepClustering.Display.Images;
using DeepClustering.Display.Plotly;
using Tensor = TorchSharp.torch.Tensor;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>
    /// Grayscale centroids ([k, H*W], [k, H, W] or [k, 1, H, W]) tiled into one heatmap with their real values on hover;
    /// <paramref name="height"/>/<paramref name="width"/> shape flattened rows (square when omitted).
    /// </summary>
    public static PlotlyFigure CentroidHeatmaps(
        Tensor centroids, int? height = null, int? width = null, int columns = 5, string title = "Cluster centroids")
    {
        var batch = ImageTensor.Read(centroids, height, width);
        if (batch.Channels != 1)
            throw new ArgumentException("CentroidHeatmaps draws grayscale centroids; use ImageGrid for RGB ones.", nameof(centroids));
        OptionOutOfRangeException.ThrowUnless(columns >= 1, nameof(columns), columns, "at least 1");
        var canvas = TileCanvas.Build(batch, columns, scale: 1, padding: 1, fill: float.NaN);
        var z = Enumerable.Range(0, canvas.Height)
            .Select(y => Enumerable.Range(0, canvas.Width).Select(x => (double)canvas.Values[y * canvas.Width + x]).ToArray()).ToArray();
        int pixelWidth = Math.Clamp(canvas.Width * 8 + 140, 360, 1000);
        int pixelHeight = Math.Clamp((int)(canvas.Height * (pixelWidth - 140.0) / canvas.Width) + 120, 240, 1000);
        return PlotlyFigures.Build("GrayHeatmap", new ChartFrame($"{title} ({batch.Count})", "", "", pixelWidth, pixelHeight), new object?[] { z }); // one argument, not params
    }
}
