using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>The data input of the CLI: an IDX image file (pixels / 255, float32) or a CSV of numbers (float64), told apart by content.</summary>
internal static class DataMatrixFile
{
    /// <summary>Reads <paramref name="file"/> as a [samples, features] tensor.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The content is neither valid IDX nor a numeric CSV.</exception>
    public static Tensor Read(FileInfo file)
    {
        if (!file.Exists) throw new FileNotFoundException($"Data file not found: {file.FullName}", file.FullName);
        return IdxFile.Looks(file.FullName) ? IdxFile.ReadScaled(file.FullName) : NumericCsv.Read(file.FullName);
    }
}
