using DeepClustering.Cli.Output;
using DeepClustering.IO;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Cli.Commands;

/// <summary>
/// Everything <c>run</c> and <c>suite</c> check before the first cell runs or any output is touched: there are notebooks,
/// each one loads and accepts every <c>--param</c>, no output lands on a source notebook (however the path is spelled),
/// and the output folder and TRX file can be written. Returns the first problem as a one-line message, or null.
/// </summary>
internal static class RunPreflight
{
    /// <summary>Checks the run of <paramref name="files"/> (expanded from <paramref name="arguments"/>) with <paramref name="options"/> and the TRX path.</summary>
    public static string? Check(IReadOnlyList<string> arguments, IReadOnlyList<string> files, NotebookRunOptions options, string? trxPath)
    {
        if (files.Count == 0)
            return $"no notebooks (*.ipynb) in {string.Join(", ", arguments.Select(Path.GetFullPath))}; nothing to run.";
        if (files.GroupBy(Path.GetFileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
            return $"{string.Join(" and ", clash)} would both be written to {clash.Key} in the output folder; run them separately.";
        foreach (var file in files)
        {
            try
            {
                ParameterInjector.Inject(NotebookDocument.Load(file), options.Parameters);
            }
            catch (NotebookFormatException e)
            {
                return e.Message;
            }
            catch (ParameterException e)
            {
                return $"{file}: {e.Message}";
            }
        }
        if (options.OutputDirectory is "")
            return "--output-dir is empty; give a folder (the default is artifacts/notebooks).";
        if (trxPath is "")
            return "--trx is empty; give a file path, or leave --trx out.";
        var sources = files.Select(RealPath.Of).ToHashSet(StringComparer.FromComparison(RealPath.Comparison));
        if (options.OutputDirectory is { } folder)
        {
            if (OutputLocation.CheckFolder(folder, "--output-dir") is { } error)
                return error;
            foreach (var file in files)
            {
                var output = Path.Combine(folder, Path.GetFileName(file));
                if (sources.Contains(RealPath.Of(output)))
                    return $"the output folder {Path.GetFullPath(folder)} is the folder of the source notebook {file} (both resolve to {Path.GetDirectoryName(RealPath.Of(output))}); " +
                        "sources are never overwritten, choose another --output-dir.";
            }
        }
        if (trxPath is not null)
        {
            if (OutputLocation.CheckFile(trxPath, "--trx") is { } error)
                return error;
            if (sources.Contains(RealPath.Of(trxPath)))
                return $"--trx {Path.GetFullPath(trxPath)} is a source notebook; sources are never overwritten.";
            var outputs = files.Select(f => RealPath.Of(Path.Combine(options.OutputDirectory ?? NotebookRunOptions.DefaultOutputDirectory,
                Path.GetFileName(f))));
            if (outputs.Contains(RealPath.Of(trxPath), StringComparer.FromComparison(RealPath.Comparison)))
                return $"--trx {Path.GetFullPath(trxPath)} is where an executed notebook is written; choose another file.";
        }
        return null;
    }
}
