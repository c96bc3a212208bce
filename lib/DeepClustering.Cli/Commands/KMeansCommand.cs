using System.CommandLine;
using System.Diagnostics;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Clustering;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>kmeans</c> command: clusters a CSV or IDX file and prints n, d, k, inertia, iterations, convergence and seconds.</summary>
internal static class KMeansCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "A CSV of numbers (header optional) or an IDX image file (raw or .gz; pixels scaled to [0, 1])." };
        var k = new Option<int>("--k") { Description = "Number of clusters.", Required = true };
        var init = new Option<string>("--init") { Description = "Initialisation.", DefaultValueFactory = _ => "kmeans++" };
        init.AcceptOnlyFromAmong("kmeans++", "random");
        var nInit = new Option<int>("--restarts")
        {
            Description = "Restarts; the lowest inertia is kept.",
            DefaultValueFactory = _ => KMeansArguments.Defaults.Restarts,
        };
        var maxIter = new Option<int>("--max-iterations")
        {
            Description = "Most Lloyd iterations per restart.",
            DefaultValueFactory = _ => KMeansArguments.Defaults.MaxIterations,
        };
        var tol = new Option<double>("--tolerance")
        {
            Description = "Relative tolerance on the centroid shift (scikit-learn's).",
            DefaultValueFactory = _ => KMeansArguments.Defaults.Tolerance,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every random choice.",
            DefaultValueFactory = _ => KMeansArguments.Defaults.Seed,
        };
        var dtype = new Option<string>("--dtype") { Description = "Precision.", DefaultValueFactory = _ => "float32" };
        dtype.AcceptOnlyFromAmong("float32", "float64");
        var labelsOut = new Option<FileInfo?>("--labels-out") { Description = "Write the labels here, one per line." };
        var command = new Command("kmeans", "Cluster the rows of a data file with k-means and print a JSON summary.")
        {
            input, k, init, nInit, maxIter, tol, seed, dtype, labelsOut,
        };
        command.SetAction(parse => JsonCommand.Run(() =>
        {
            var float64 = parse.GetValue(dtype) == "float64";
            var options = new KMeansOptions
            {
                K = parse.GetValue(k),
                Init = parse.GetValue(init) == "random" ? KMeansInit.Random : KMeansInit.KMeansPlusPlus,
                Restarts = parse.GetValue(nInit),
                MaxIterations = parse.GetValue(maxIter),
                Tolerance = parse.GetValue(tol),
                Seed = parse.GetValue(seed),
                DType = float64 ? ScalarType.Float64 : ScalarType.Float32,
            };
            KMeansArguments.Check(options, parse.GetValue(input)!, parse.GetValue(labelsOut));
            using var x = DataMatrixFile.Read(parse.GetValue(input)!, float32: !float64);
            KMeansArguments.CheckRows(options.K, x.shape[0], parse.GetValue(input)!);
            var clock = Stopwatch.StartNew();
            using var result = KMeans.Fit(x, options);
            var seconds = clock.Elapsed.TotalSeconds;
            KMeansArguments.WarnIfFewerDistinctPoints(x, result, options.K);
            KMeansArguments.WarnIfInertiaOverflowed(result.Inertia, float64);
            if (parse.GetValue(labelsOut) is { } file) LabelFile.Write(file, result.Labels);
            return new Dictionary<string, object?>
            {
                ["n"] = x.shape[0],
                ["d"] = x.shape[1],
                ["k"] = options.K,
                ["inertia"] = result.Inertia,
                ["iterations"] = result.Iterations,
                ["converged"] = result.Converged,
                ["seconds"] = seconds,
            };
        }));
        return command;
    }
}
