using System.Diagnostics;
using System.Globalization;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Kernel;
using DeepClustering.Notebooks.NuGet;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Runs code cells one after another in one <see cref="ScriptHost"/>: directives, NuGet restore, code, outputs, timeout.</summary>
public sealed class CellExecutor
{
    /// <summary>How long a timed-out cell gets to stop after its token is cancelled before it is abandoned.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(2);

    private readonly ScriptHost _host;
    private readonly NuGetResolver _nuget;
    private readonly TimeSpan? _timeout;

    /// <summary>Creates an executor for a notebook in <paramref name="notebookDirectory"/>; <paramref name="timeout"/> bounds each cell.</summary>
    public CellExecutor(string notebookDirectory, TimeSpan? timeout)
    {
        _host = new ScriptHost(notebookDirectory);
        _nuget = new NuGetResolver(notebookDirectory);
        _timeout = timeout;
    }

    /// <summary>Runs one cell's source; <paramref name="kernelName"/> is the kernel its metadata names; <paramref name="echo"/> mirrors outputs live.</summary>
    public async Task<CellRun> ExecuteAsync(string source, string? kernelName, TerminalEcho? echo, CancellationToken cancellationToken = default)
    {
        ConsoleRouter.Install();
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var collector = new CellOutputCollector(echo);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<CellStatus> body;
        using (CellContext.Enter(collector, cts.Token))
            body = Task.Run(() => RunBodyAsync(source, kernelName, collector, cts.Token), CancellationToken.None);

        var status = CellStatus.Succeeded;
        var abandoned = false;
        var limit = Task.Delay(_timeout ?? Timeout.InfiniteTimeSpan, cancellationToken);
        if (await Task.WhenAny(body, limit) != body)
        {
            var interrupted = cancellationToken.IsCancellationRequested;
            await cts.CancelAsync();
            abandoned = await Task.WhenAny(body, Task.Delay(GracePeriod, CancellationToken.None)) != body;
            collector.AddError(interrupted ? InterruptedError(abandoned) : TimeoutError(_timeout!.Value, abandoned));
            status = interrupted ? CellStatus.Failed : CellStatus.TimedOut;
        }
        else
        {
            status = await body;
        }
        return new CellRun(status, collector.Snapshot(), started, clock.Elapsed) { Abandoned = abandoned };
    }

    private static ErrorOutput TimeoutError(TimeSpan timeout, bool abandoned)
    {
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return ErrorFormatter.FromMessage(nameof(TimeoutException), abandoned
            ? $"The cell did not finish within the {seconds} s timeout and did not stop when cancelled; it was abandoned and the run stops here."
            : $"The cell did not finish within the {seconds} s timeout and was cancelled.");
    }

    private static ErrorOutput InterruptedError(bool abandoned) =>
        ErrorFormatter.FromMessage(nameof(OperationCanceledException), abandoned
            ? "The run was cancelled while this cell ran; the cell did not stop and was abandoned."
            : "The run was cancelled while this cell ran.");

    private async Task<CellStatus> RunBodyAsync(string source, string? kernelName, CellOutputCollector collector, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var directives = CellDirectives.Parse(source, kernelName);
            if (directives.Error is { } error)
            {
                collector.AddError(ErrorFormatter.FromMessage("UnsupportedCell", error));
                return CellStatus.Failed;
            }
            if (!await RestorePackagesAsync(directives, collector, token))
                return CellStatus.Failed;
            var status = await RunCodeAsync(directives.Code, collector, token);
            if (directives.Time)
                collector.AddDisplay(DisplayFormatter.FormatAs(
                    $"Wall time: {clock.Elapsed.TotalMilliseconds.ToString("0.####", CultureInfo.InvariantCulture)}ms", "text/plain"));
            return status;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return CellStatus.TimedOut;
        }
        catch (Exception e)
        {
            collector.AddError(ErrorFormatter.FromException(e));
            return CellStatus.Failed;
        }
    }

    private async Task<bool> RestorePackagesAsync(CellDirectives directives, CellOutputCollector collector, CancellationToken token)
    {
        foreach (var source in directives.RestoreSources)
            _nuget.AddSource(source);
        if (directives.Packages.Count == 0)
            return true;
        var added = new List<PackageSpec>();
        try
        {
            foreach (var package in directives.Packages)
                added.Add(_nuget.Add(package));
            var (resolved, assemblies) = await _nuget.RestoreAsync(token);
            _host.AddReferences(assemblies);
            var names = directives.Packages.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            collector.AddDisplay(InstalledPackagesMessage.Format(resolved.Where(r => names.Contains(r.Name))));
            return true;
        }
        catch (NuGetRestoreException e)
        {
            foreach (var package in added)
                _nuget.Forget(package);
            collector.AddError(ErrorFormatter.FromMessage("NuGetError", e.Message));
            return false;
        }
    }

    private async Task<CellStatus> RunCodeAsync(string code, CellOutputCollector collector, CancellationToken token)
    {
        if (string.IsNullOrWhiteSpace(code))
            return CellStatus.Succeeded;
        var outcome = await _host.RunAsync(code, token);
        if (outcome.CompileErrors.Count > 0)
        {
            collector.AddError(ErrorFormatter.FromCompileErrors(outcome.CompileErrors));
            return CellStatus.Failed;
        }
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException && token.IsCancellationRequested)
                return CellStatus.TimedOut;
            collector.AddError(ErrorFormatter.FromException(exception));
            return CellStatus.Failed;
        }
        // A trailing display(...) returns its handle; showing the handle as well would duplicate it (dotnet-repl skips it too).
        if (outcome.HasReturnValue && outcome.ReturnValue is not DisplayedValue)
            collector.AddDisplay(DisplayFormatter.Format(outcome.ReturnValue));
        return CellStatus.Succeeded;
    }
}
