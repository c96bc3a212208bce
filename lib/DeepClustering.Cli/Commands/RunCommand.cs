using System.CommandLine;
using System.Globalization;
using DeepClustering.Cli.Output;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Metadata;
using DeepClustering.Notebooks.Parameters;
using DeepClustering.Notebooks.Reporting;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>run</c> command: executes Polyglot C# notebooks headless and writes the executed copies.</summary>
internal static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebook-or-folder")
        {
            Description = "Notebooks (.ipynb) or folders; a folder runs its notebooks in name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputDir = new Option<string>("--output-dir")
        {
            Description = "Folder for the executed notebooks (sources are never modified).",
            HelpName = "dir",
            DefaultValueFactory = _ => NotebookRunOptions.DefaultOutputDirectory,
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "Overrides a variable of the cell tagged 'parameters' (typed from its default); repeatable.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds each cell may run before it is stopped and reported as an error.", HelpName = "seconds" };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Keep running after a failing cell (the exit code still reports it)." };
        var trx = new Option<string?>("--trx") { Description = "Write a TRX file with one test result per cell.", HelpName = "file" };
        var command = new Command("run", "Run Polyglot C# notebooks headless, cell by cell, like the VS Code C# kernel. " + RunExitCode.Description)
        {
            notebooks, outputDir, parameters, timeout, allowErrors, trx,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(timeout);
            if (TimeoutProblem(seconds) is { } problem)
                return Fail(problem);
            if (!TryParseParameters(parse.GetValue(parameters) ?? [], out var values, out var error))
                return Fail(error);
            var options = new NotebookRunOptions
            {
                OutputDirectory = parse.GetValue(outputDir),
                Parameters = values,
                CellTimeout = seconds is { } s ? TimeSpan.FromSeconds(s) : null,
                AllowErrors = parse.GetValue(allowErrors),
                Echo = true,
            };
            return await RunAllAsync(parse.GetValue(notebooks) ?? [], options, parse.GetValue(trx), [], cancellationToken);
        });
        return command;
    }

    /// <summary>Runs every notebook of <paramref name="paths"/> in order, adds each result to <paramref name="results"/>, returns the exit code.</summary>
    internal static async Task<int> RunAllAsync(IEnumerable<string> paths, NotebookRunOptions options, string? trxPath,
        List<NotebookRunResult> results, CancellationToken cancellationToken)
    {
        var arguments = paths.ToList();
        IReadOnlyList<string> files;
        try
        {
            files = NotebookFiles.Expand(arguments);
        }
        catch (FileNotFoundException e)
        {
            return Fail(e.Message);
        }
        if (RunPreflight.Check(arguments, files, options, trxPath) is { } problem)
            return Fail(problem);
        using var outputLock = OutputLock.TryAcquire(options.OutputDirectory ?? NotebookRunOptions.DefaultOutputDirectory, out var busy);
        if (outputLock is null)
            return Fail(busy!);
        var exitCode = RunExitCode.Success;
        foreach (var file in files)
        {
            if (cancellationToken.IsCancellationRequested)
                break;
            Console.Error.WriteLine($"== {file}");
            try
            {
                var result = await NotebookRunner.RunAsync(file, options, cancellationToken);
                results.Add(result);
                exitCode = Math.Max(exitCode, result.ExitCode);
                var seconds = result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                Console.Error.WriteLine($"== {Path.GetFileName(file)} {RunVerdict.Describe(result)} in {seconds} s -> {result.OutputPath ?? "(not written)"}");
            }
            catch (Exception e) when (e is NotebookFormatException or ParameterException or IOException)
            {
                exitCode = Math.Max(exitCode, Fail(e.Message));
            }
        }
        if (trxPath is not null)
            UnsavedOutput.Write(trxPath, path => TrxWriter.Write(path, results), "the TRX file");
        return exitCode;
    }

    /// <summary>Parses <c>name=value</c> texts of <c>--param</c> (<see cref="ParameterArguments.Split"/>), the error in <paramref name="error"/>.</summary>
    internal static bool TryParseParameters(string[] texts, out List<KeyValuePair<string, string>> values, out string error)
    {
        try
        {
            values = [.. ParameterArguments.Split(texts)];
            error = "";
            return true;
        }
        catch (ParameterException e)
        {
            values = [];
            error = e.Message;
            return false;
        }
    }

    /// <summary>The longest per-cell timeout accepted: 30 days (a full protocol takes hours, not weeks).</summary>
    internal const double MaxTimeoutSeconds = 30 * 24 * 3600;

    /// <summary>Why <paramref name="seconds"/> cannot be a <c>--timeout</c>, or null when it can (or is not given).</summary>
    internal static string? TimeoutProblem(double? seconds) =>
        seconds is { } t && !(double.IsFinite(t) && t > 0 && t <= MaxTimeoutSeconds)
            ? $"--timeout must be a number of seconds above 0 and at most {MaxTimeoutSeconds:0} (30 days); got {t.ToString(CultureInfo.InvariantCulture)}"
            : null;

    /// <summary>Prints the error on stderr and returns the invalid-input exit code.</summary>
    internal static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return RunExitCode.InvalidInput;
    }
}
