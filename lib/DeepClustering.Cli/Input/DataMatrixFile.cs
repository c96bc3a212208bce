using DeepClustering.Data;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>The data input of the CLI: an IDX image file (pixels / 255, float32) or a CSV of numbers (float64), told apart by content.</summary>
internal static class DataMatrixFile
{
    /// <summary>Reads <paramref name="file"/> as a [samples, features] tensor.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DataFormatException">The content is neither valid IDX nor a numeric CSV (file and byte offset or line named).</exception>
    public static Tensor Read(FileInfo file)
    {
        if (!file.Exists) throw new FileNotFoundException($"Data file not found: {file.FullName}", file.FullName);
        return IsBinary(file.FullName) ? IdxMatrix.Read(file.FullName) : CsvMatrix.Read(file.FullName);
    }

    /// <summary>
    /// True for gzip data (1f 8b) and for a first byte 00, which IDX files start with and text never does; such files go to
    /// the IDX reader, which says exactly what is wrong with them.
    /// </summary>
    private static bool IsBinary(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        var read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        return (read >= 1 && head[0] == 0) || (read == 2 && head[0] == 0x1f && head[1] == 0x8b);
    }
}
