using System.CommandLine;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Metrics;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>metrics</c> command: every clustering metric of a prediction against the truth, plus the data-based ones given the data.</summary>
internal static class MetricsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var truth = new Option<FileInfo>("--true") { Description = "True labels, one integer per line.", Required = true };
        var pred = new Option<FileInfo>("--pred") { Description = "Predicted cluster labels, one integer per line.", Required = true };
        var data = new Option<FileInfo?>("--data") { Description = "The data (CSV or IDX) for silhouette, Dunn, Davies-Bouldin and Calinski-Harabasz." };
        var command = new Command("metrics", "Print every clustering metric as JSON (the data-based ones only with --data).") { truth, pred, data };
        command.SetAction(parse => JsonCommand.Run(() =>
        {
            var t = LabelFile.Read(parse.GetValue(truth)!);
            var p = LabelFile.Read(parse.GetValue(pred)!);
            if (t.Length != p.Length)
                throw new InvalidDataException($"--true has {t.Length} labels but --pred has {p.Length}.");
            var result = new Dictionary<string, object?>
            {
                ["n"] = t.Length,
                ["acc"] = ClusterAccuracy.Hungarian(t, p),
                ["majority_acc"] = ClusterAccuracy.Majority(t, p),
                ["purity"] = ClusterAccuracy.Purity(t, p),
                ["nmi"] = MutualInformation.Normalized(t, p),
                ["ari"] = PairCounting.AdjustedRand(t, p),
                ["rand"] = PairCounting.Rand(t, p),
            };
            if (parse.GetValue(data) is { } file)
            {
                using var x = DataMatrixFile.Read(file);
                if (x.shape[0] != p.Length)
                    throw new InvalidDataException($"{file.FullName} has {x.shape[0]} rows but --pred has {p.Length} labels.");
                result["silhouette"] = Silhouette.Score(x, p);
                var dunn = DunnIndex.Score(x, p);
                result["dunn"] = dunn;
                if (double.IsPositiveInfinity(dunn))
                    Console.Error.WriteLine("warning: no cluster has two distinct points, so the Dunn index has no diameter to divide by; reported as Infinity.");
                else if (dunn == 0)
                    Console.Error.WriteLine("warning: points of different clusters coincide, so the Dunn index is 0 (the clusters touch).");
                result["davies_bouldin"] = DaviesBouldin.Score(x, p);
                result["calinski_harabasz"] = CalinskiHarabasz.Score(x, p);
            }
            return result;
        }));
        return command;
    }
}
