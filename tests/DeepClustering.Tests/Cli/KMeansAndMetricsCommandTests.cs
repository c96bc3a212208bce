using System.Buffers.Binary;
using DeepClustering.Cli.Commands;

namespace DeepClustering.Tests.Cli;

/// <summary>The kmeans and metrics commands: one JSON object on success, a clear stderr message and exit code 2 on bad input.</summary>
[Collection("Console")]
public sealed class KMeansAndMetricsCommandTests
{
    private static string WriteBlobsCsv(string dir)
    {
        var lines = new List<string> { "x,y" };
        for (var i = 0; i < 20; i++) lines.Add(i % 2 == 0 ? $"{i * 0.01},{i * 0.02}" : $"{10 + i * 0.01},{10 - i * 0.02}");
        var path = Path.Combine(dir, "blobs.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Kmeans_on_a_csv_prints_the_summary_and_writes_labels()
    {
        var dir = CliRun.TempFolder();
        var labels = Path.Combine(dir, "labels.txt");
        var (exit, output, error) = CliRun.Invoke(KMeansCommand.Create(), WriteBlobsCsv(dir), "--k", "2", "--seed", "3", "--labels-out", labels);
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Equal(20, json.GetProperty("n").GetInt32());
        Assert.Equal(2, json.GetProperty("d").GetInt32());
        Assert.Equal(2, json.GetProperty("k").GetInt32());
        Assert.True(json.GetProperty("converged").GetBoolean());
        foreach (var key in new[] { "inertia", "iterations", "seconds" }) Assert.True(json.TryGetProperty(key, out _), key);
        var written = File.ReadAllLines(labels).Select(int.Parse).ToArray();
        Assert.Equal(20, written.Length);
        Assert.Equal(2, written.Distinct().Count());
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(written[i % 2], written[i]));
    }

    [Fact]
    public void Kmeans_reads_idx_images_scaled_to_unit_range()
    {
        var dir = CliRun.TempFolder();
        var path = Path.Combine(dir, "images-idx3-ubyte");
        var bytes = new byte[16 + 6 * 4];
        bytes[2] = 0x08;
        bytes[3] = 3;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), 6);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 2);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), 2);
        for (var i = 0; i < 24; i++) bytes[16 + i] = (byte)(i < 12 ? 0 : 255);
        File.WriteAllBytes(path, bytes);
        var (exit, output, error) = CliRun.Invoke(KMeansCommand.Create(), path, "--k", "2");
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Equal(6, json.GetProperty("n").GetInt32());
        Assert.Equal(4, json.GetProperty("d").GetInt32());
        Assert.Equal(0.0, json.GetProperty("inertia").GetDouble(), 9);

        File.WriteAllBytes(path, bytes[..30]);
        (exit, _, error) = CliRun.Invoke(KMeansCommand.Create(), path, "--k", "2");
        Assert.Equal(2, exit);
        Assert.Contains("byte offset 30", error);
        Assert.Contains(path, error);
    }

    [Fact]
    public void Bad_csv_row_names_the_line()
    {
        var dir = CliRun.TempFolder();
        var path = Path.Combine(dir, "bad.csv");
        File.WriteAllLines(path, ["1,2", "3,4", "5,oops"]);
        var (exit, output, error) = CliRun.Invoke(KMeansCommand.Create(), path, "--k", "2");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("line 3", error);
        Assert.Contains("oops", error);
    }

    [Fact]
    public void Metrics_prints_every_metric_and_the_data_ones_with_data()
    {
        var dir = CliRun.TempFolder();
        var truth = Path.Combine(dir, "true.txt");
        var pred = Path.Combine(dir, "pred.txt");
        File.WriteAllLines(truth, Enumerable.Range(0, 20).Select(i => (i % 2).ToString()));
        File.WriteAllLines(pred, Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? 7 : 3).ToString()));
        var (exit, output, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred);
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        foreach (var key in new[] { "acc", "majority_acc", "purity", "nmi", "ari", "rand" })
            Assert.Equal(1.0, json.GetProperty(key).GetDouble(), 9);
        Assert.False(json.TryGetProperty("silhouette", out _));

        (exit, output, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred, "--data", WriteBlobsCsv(dir));
        Assert.True(exit == 0, error);
        json = CliRun.Json(output);
        foreach (var key in new[] { "silhouette", "dunn", "davies_bouldin", "calinski_harabasz" })
            Assert.True(json.GetProperty(key).GetDouble() > 0, key);
    }

    [Fact]
    public void An_inertia_that_overflows_float32_comes_with_the_hint_to_use_float64()
    {
        var dir = CliRun.TempFolder();
        var data = Path.Combine(dir, "big.csv");
        File.WriteAllText(data, "1e20,1e20\n2e20,2e20\n-1e20,-3e20\n-2e20,-1e20\n");
        var (exit, _, error) = CliRun.Invoke(KMeansCommand.Create(), data, "--k", "2");
        Assert.Equal(0, exit);
        Assert.Contains("--dtype float64", error);
        (exit, var output, error) = CliRun.Invoke(KMeansCommand.Create(), data, "--k", "2", "--dtype", "float64");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", error);
        Assert.True(double.IsFinite(CliRun.Json(output).GetProperty("inertia").GetDouble()));
    }

    [Fact]
    public void A_blank_line_inside_a_label_file_and_a_binary_label_file_are_refused_with_the_line()
    {
        var dir = CliRun.TempFolder();
        var truth = Path.Combine(dir, "true.txt");
        var pred = Path.Combine(dir, "pred.txt");
        File.WriteAllLines(truth, ["0", "1", "1"]);
        File.WriteAllText(pred, "0\n\n1\n1\n");  // the blank line would shift every later label
        var (exit, _, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred);
        Assert.Equal(2, exit);
        Assert.Contains("line 2", error);
        Assert.Contains("blank line between labels", error);

        File.WriteAllBytes(pred, [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x0a, 0x31]);  // a gzip header, not text
        (exit, _, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred);
        Assert.Equal(2, exit);
        Assert.Contains("a binary file", error);
        Assert.DoesNotContain("\u001f", error);

        File.WriteAllText(pred, "0\n1\n1\n\n\n");  // blank lines at the end are fine
        Assert.Equal(0, CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred).Exit);
    }

    [Fact]
    public void Metrics_rejects_label_files_of_different_lengths_and_non_integers()
    {
        var dir = CliRun.TempFolder();
        var truth = Path.Combine(dir, "true.txt");
        var pred = Path.Combine(dir, "pred.txt");
        File.WriteAllLines(truth, ["0", "1", "1"]);
        File.WriteAllLines(pred, ["0", "1"]);
        var (exit, _, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred);
        Assert.Equal(2, exit);
        Assert.Contains("3 labels", error);
        File.WriteAllLines(pred, ["0", "x", "1"]);
        (exit, _, error) = CliRun.Invoke(MetricsCommand.Create(), "--true", truth, "--pred", pred);
        Assert.Equal(2, exit);
        Assert.Contains("line 2", error);
    }

    [Fact]
    public void Parse_errors_go_to_stderr_without_the_help_text()
    {
        var dir = CliRun.TempFolder();
        var (exit, output, error) = CliRun.Invoke(KMeansCommand.Create(), WriteBlobsCsv(dir));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("--k", error);
        Assert.Contains("kmeans --help", error);
        Assert.DoesNotContain("Usage:", error);

        (exit, output, error) = CliRun.Invoke(KMeansCommand.Create(), WriteBlobsCsv(dir), "--k", "2", "--sed", "1");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("--sed", error);
        Assert.Contains("--seed", error); // the typo suggestion, on stderr too
    }
}
