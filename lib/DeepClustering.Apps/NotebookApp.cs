using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using DeepClustering.Display;
using DeepClustering.Display.Report;
using DeepClustering.IO;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Metadata;
using DeepClustering.Notebooks.Parameters;
using DeepClustering.Platform;

namespace DeepClustering.Apps;

/// <summary>
/// What a notebook exported by <c>deep-clustering export</c> runs in: it takes the parameters from the command line,
/// runs in the notebook's folder (so the notebook's relative paths mean what they mean in the kernel), echoes every
/// cell's text to the console and, when the app ends, writes what the cells displayed to <c>NAME.html</c> beside the app.
/// </summary>
public sealed class NotebookApp : IDisposable
{
    private readonly AppArguments _arguments;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly List<(int Number, CellOutputCollector Outputs)> _cells = [];
    private readonly Lock _gate = new();
    private bool _finished;

    private NotebookApp(string name, string reportPath, AppArguments arguments)
    {
        Name = name;
        ReportPath = reportPath;
        _arguments = arguments;
        _stdout = Console.Out;
        _stderr = Console.Error;
        StartCell(0);
        Console.SetOut(new CellConsole("stdout", Current));
        Console.SetError(new CellConsole("stderr", Current));
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    /// <summary>The notebook's name.</summary>
    public string Name { get; }

    /// <summary>Where the HTML of the displayed outputs is written when the app ends.</summary>
    public string ReportPath { get; }

    /// <summary>
    /// Starts the app of notebook <paramref name="name"/>: parses <paramref name="args"/> against the parameters cell,
    /// makes <paramref name="notebookFolder"/> (relative to the app's file) the working directory when it exists, prepares
    /// TorchSharp and registers the display formatters. On a bad argument it prints the problem and exits with code 2.
    /// </summary>
    public static NotebookApp Start(string[] args, string name, string notebookFolder, string parametersCell, [CallerFilePath] string appFile = "")
    {
        ArgumentNullException.ThrowIfNull(args);
        AppArguments arguments;
        try
        {
            arguments = AppArguments.Parse(args, parametersCell);
        }
        catch (ParameterException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Environment.Exit(2);
            throw;
        }
        if (arguments.HelpRequested)
        {
            Console.WriteLine(arguments.Usage(name));
            Environment.Exit(0);
        }
        // `dotnet run APP.cs` records the file's path for the program; the compile-time path is the fallback (a CI build
        // maps source paths to /_/, so it names no real folder there).
        var entryFile = AppContext.GetData("EntryPointFilePath") as string is { Length: > 0 } recorded ? recorded : appFile;
        var appDirectory = Path.GetDirectoryName(Path.GetFullPath(entryFile)) ?? Directory.GetCurrentDirectory();
        var folder = Path.GetFullPath(notebookFolder, appDirectory);
        if (Directory.Exists(folder))
            Directory.SetCurrentDirectory(folder);
        else
            Console.Error.WriteLine($"warning: the notebook's folder {folder} is missing; relative paths start at {Directory.GetCurrentDirectory()}.");
        TorchRuntime.EnsureInitialized();
        NotebookDisplay.Register();
        return new NotebookApp(name, Path.Combine(appDirectory, name + ".html"), arguments);
    }

    /// <summary>The value of parameter <paramref name="name"/>: the one given with <c>--param</c>, else <paramref name="fallback"/>.</summary>
    public T Parameter<T>(string name, T fallback) => _arguments.Get(name, fallback);

    /// <summary>Starts code cell <paramref name="number"/> (one-based among the notebook's code cells).</summary>
    public void Cell(int number)
    {
        Console.Out.Flush();
        StartCell(number);
    }

    /// <summary>Displays <paramref name="value"/> in the current cell, as the kernel's <c>display(value)</c> does.</summary>
    public void Display(object? value) => Current().AddDisplay(CellDisplay.Bundle(value));

    /// <summary>Shows the value a cell ends with (the kernel displays a cell's trailing expression).</summary>
    public void Show(object? value) => Display(value);

    /// <summary>
    /// Runs the call a cell ends with and shows its value: the exporter cannot know whether a call returns anything, and
    /// C# binds a call that returns a value to this overload, one that returns nothing to <see cref="ShowResult(Action)"/>.
    /// </summary>
    public void ShowResult(Func<object?> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Display(call());
    }

    /// <summary>Runs the call a cell ends with, which returns nothing, so nothing is shown (as in the kernel).</summary>
    public void ShowResult(Action call)
    {
        ArgumentNullException.ThrowIfNull(call);
        call();
    }

    /// <summary>Writes the HTML of every cell's outputs and gives the console back.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_finished)
                return;
            _finished = true;
        }
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        Console.SetOut(_stdout);
        Console.SetError(_stderr);
        var written = UnsavedOutput.Write(ReportPath, path => AtomicFile.WriteAllText(path, ReportHtml()), "the app's HTML");
        _stdout.WriteLine($"outputs: {written}");
    }

    /// <summary>The HTML page of the outputs so far (the project's report layout, one section for this notebook).</summary>
    public string ReportHtml()
    {
        List<(int Number, CellOutputCollector Outputs)> cells;
        lock (_gate)
            cells = [.. _cells];
        var notebookCells = new List<NotebookCell>();
        foreach (var (number, outputs) in cells)
        {
            var shown = outputs.Snapshot();
            if (shown.Count == 0)
                continue; // a page of outputs: cells that showed nothing are left out
            var cell = NotebookCell.CreateCode(CellIds.NewId(), "");
            cell.SetOutputs(number, new JsonArray([.. shown.Select(o => (JsonNode)o.ToJson())]));
            notebookCells.Add(cell);
        }
        return HtmlReport.Build([NotebookDocument.Create(notebookCells, Name + ".ipynb")], Name);
    }

    private CellOutputCollector Current()
    {
        lock (_gate)
            return _cells[^1].Outputs;
    }

    private void StartCell(int number)
    {
        lock (_gate)
            _cells.Add((number, new CellOutputCollector(new TerminalEcho(_stdout, _stderr, number))));
    }

    // An exception no cell caught ends the app as a failing cell ends a notebook run: the error joins the cell's outputs,
    // the HTML is written, and the app exits with code 1.
    private void OnUnhandledException(object sender, UnhandledExceptionEventArgs e)
    {
        if (e.ExceptionObject is Exception exception)
        {
            var lines = exception.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Current().AddError(new ErrorOutput(exception.GetType().FullName ?? "Exception", exception.Message, lines));
        }
        Dispose();
        Environment.Exit(1);
    }
}
