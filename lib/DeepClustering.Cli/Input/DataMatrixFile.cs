using System.Globalization;
using DeepClustering.Data;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>The data input of the CLI: an IDX image file (pixels / 255, float32) or a CSV of numbers (float64), told apart by content.</summary>
internal static class DataMatrixFile
{
    /// <summary>Reads <paramref name="file"/> as a [samples, features] tensor; a skipped CSV header is noted on stderr.</summary>
    /// <param name="file">The data file.</param>
    /// <param name="float32">Check that every CSV value fits float32 (the computation will use it).</param>
    /// <exception cref="FileNotFoundException">The file does not exist, or is a folder (said so).</exception>
    /// <exception cref="DataFormatException">The content is neither valid IDX nor a numeric CSV, or a value overflows float32 (file and byte offset or line named).</exception>
    public static Tensor Read(FileInfo file, bool float32 = false)
    {
        var path = file.FullName;
        if (Directory.Exists(path)) throw new FileNotFoundException($"{path} is a folder; expected a data file (CSV or IDX).", path);
        if (!file.Exists) throw new FileNotFoundException($"Data file not found: {path}", path);
        switch (Content.Of(path))
        {
            case { IsIdx: true }:
                return IdxMatrix.Read(path);
            case { BinaryOffset: { } offset, Head: var head }:
                throw new DataFormatException(path,
                    $"neither a CSV (byte 0x{head[(int)offset]:X2} is not text) nor an IDX file (expected magic 00 00 <type 08..0E> <rank>, found {Convert.ToHexString(head.AsSpan(0, Math.Min(4, head.Length)))})",
                    offset: offset);
        }
        var x = CsvMatrix.Read(path, out var header);
        if (header is not null)
            Console.Error.WriteLine($"note: {path}: line 1 ({header}) is a header, so it was skipped");
        if (float32)
            CheckFitsFloat32(x, path, firstLine: header is null ? 1 : 2);
        return x;
    }

    private static void CheckFitsFloat32(Tensor x, string path, int firstLine)
    {
        using var beyond = x.abs().gt(float.MaxValue);
        if (!beyond.any().item<bool>()) return;
        using var where = beyond.nonzero();
        var (row, column) = (where[0, 0].item<long>(), where[0, 1].item<long>());
        var value = x[row, column].item<double>().ToString("R", CultureInfo.InvariantCulture);
        throw new DataFormatException(path,
            $"field {column + 1} ({value}) is beyond float32's range (largest {float.MaxValue.ToString("R", CultureInfo.InvariantCulture)}); use --dtype float64",
            line: (int)(row + firstLine));
    }

    /// <summary>What the first 4 KiB say: IDX (first byte 00, which text never has, or the gzip signature 1f 8b), binary that is not IDX (offset of the first non-text byte), or text.</summary>
    private sealed record Content(bool IsIdx, long? BinaryOffset, byte[] Head)
    {
        public static Content Of(string path)
        {
            var head = new byte[4096];
            int read;
            using (var stream = File.OpenRead(path))
                read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            if ((read >= 1 && head[0] == 0) || (read >= 2 && head[0] == 0x1f && head[1] == 0x8b))
                return new Content(true, null, head);
            var binary = Array.FindIndex(head, b => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0c));
            return new Content(false, binary < 0 ? null : binary, head);
        }
    }
}
