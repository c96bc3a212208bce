using System.Diagnostics;
using System.Globalization;
using System.Reactive.Linq;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// One <c>dotnet-interactive stdio</c> process, the real .NET Interactive kernel, driven through its own client
/// (<see cref="StdIoKernelConnector"/> and <see cref="ProxyKernel"/>): cells are sent as <see cref="SubmitCode"/> and
/// the kernel's events become nbformat outputs. A timeout or a cancellation kills the process; so does disposal.
/// </summary>
public sealed class KernelSession : IAsyncDisposable
{
    private readonly StdIoKernelConnector _connector;
    private readonly ProxyKernel _root;
    private readonly Process _process;
    private readonly Dictionary<string, (ProxyKernel Kernel, IDisposable Subscription)> _kernels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private CellOutputCollector? _current;
    private KernelCommand? _command;
    private TaskCompletionSource<bool>? _completed;
    private readonly CellDisplays _displays = new();
    private readonly List<Microsoft.DotNet.Interactive.Diagnostic> _warnings = [];

    private KernelSession(StdIoKernelConnector connector, ProxyKernel root, Process process)
    {
        _connector = connector;
        _root = root;
        _process = process;
    }

    /// <summary>Where this kernel's start went (tool resolution, process start, connection).</summary>
    public KernelStartup? Startup { get; private set; }

    /// <summary>The kernel's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the kernel process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts a fresh kernel with <paramref name="workingDirectory"/> as its current directory (the notebook's folder, as VS Code does).</summary>
    public static async Task<KernelSession> StartAsync(string workingDirectory, CancellationToken cancellationToken = default)
    {
        var began = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var entry = await KernelTool.EntryAssemblyAsync(workingDirectory, cancellationToken);
        var resolved = clock.Elapsed;
        // The connector starts the kernel with this process' environment and turns its first-run notice off, which turns
        // its telemetry on: Application Insights set up and sending from the kernel's start (no network in CI, about a
        // second of start measured here). A value the user set is kept.
        if (Environment.GetEnvironmentVariable(TelemetryOptOut) is null)
            Environment.SetEnvironmentVariable(TelemetryOptOut, "1");
        // The connector appends --kernel-host itself and joins the command with spaces, so the path is quoted.
        var connector = new StdIoKernelConnector(
            KernelLaunch.For(["dotnet", "exec", Quote(entry), "stdio", "--default-kernel", "csharp"], Environment.ProcessId),
            "kernel", new Uri($"kernel://deep-clustering-{Environment.ProcessId}-{Guid.NewGuid():N}"), new DirectoryInfo(workingDirectory));
        ProxyKernel kernel;
        try
        {
            kernel = await ConnectAsync(connector, cancellationToken);
        }
        catch
        {
            if (connector.ProcessId is { } started)
                KillById(started);
            connector.Dispose();
            throw;
        }
        var ready = clock.Elapsed;
        var process = StartedProcess(connector);
        KernelProcesses.Track(process);
        var session = new KernelSession(connector, kernel, process);
        try
        {
            await session.KernelAsync(DefaultKernel).WaitAsync(cancellationToken);
            session.Startup = new KernelStartup(began, resolved, ready, clock.Elapsed);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        return session;
    }

    /// <summary>
    /// Submits one cell to the C# kernel (or the kernel <paramref name="kernelName"/> names) and collects its outputs.
    /// Past <paramref name="timeout"/> or on cancellation the kernel is killed; a kernel that exits by itself (a cell
    /// calling Environment.Exit, a stack overflow) ends the cell as <see cref="CellStatus.KernelEnded"/>.
    /// </summary>
    public async Task<CellRun> RunAsync(string code, string? kernelName, int cellNumber, CellOutputCollector collector, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var (target, body) = CellKernel.Split(code, kernelName ?? DefaultKernel);
        var command = new SubmitCode(body);
        var completed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _current = collector;
            _command = command;
            _completed = completed;
            _displays.Clear();
            _warnings.Clear();
        }
        try
        {
            if (_process.HasExited)
                return Ended(collector, cellNumber, started, clock);
            ProxyKernel kernel;
            try
            {
                kernel = await KernelAsync(target);
            }
            catch (InvalidOperationException e) when (!_process.HasExited)
            {
                // A cell for a kernel this host does not have ("#!nosuchkernel", or JavaScript, which needs a browser)
                // fails like any failing cell; the run and the notebook so far are kept.
                collector.AddError(ErrorFormatter.FromMessage("UnknownKernel",
                    $"cell {cellNumber} asks for the kernel '{target}', which this .NET Interactive host cannot run ({e.Message})."));
                return new CellRun(CellStatus.Failed, collector.Snapshot(), started, clock.Elapsed);
            }
            var submit = kernel.SendAsync(command, CancellationToken.None);
            var exited = _process.WaitForExitAsync(CancellationToken.None);
            var limit = Task.Delay(timeout ?? Timeout.InfiniteTimeSpan, cancellationToken);
            // The command's own CommandSucceeded / CommandFailed ends the cell too: the proxy's task does not always
            // complete when the remote kernel fails the command before routing it.
            var first = await Task.WhenAny(submit, completed.Task, exited, limit);
            if (first == submit)
                return Finished(Outcome(await submit), collector, started, clock);
            if (first == completed.Task)
                return Finished(await completed.Task ? CellStatus.Succeeded : CellStatus.Failed, collector, started, clock);
            if (first == exited && !cancellationToken.IsCancellationRequested)
                return Ended(collector, cellNumber, started, clock);
            KernelProcesses.Kill(_process);
            var interrupted = cancellationToken.IsCancellationRequested;
            collector.AddError(interrupted
                ? ErrorFormatter.FromMessage(nameof(OperationCanceledException), "The run was cancelled while this cell ran; its kernel was stopped.")
                : ErrorFormatter.FromMessage(nameof(TimeoutException),
                    $"The cell did not finish within the {timeout!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s timeout; its kernel was stopped and the run stops here."));
            return new CellRun(interrupted ? CellStatus.Failed : CellStatus.TimedOut, collector.Snapshot(), started, clock.Elapsed) { Abandoned = true };
        }
        finally
        {
            lock (_gate)
            {
                _current = null;
                _command = null;
                _completed = null;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        KernelProcesses.Kill(_process);
        try
        {
            foreach (var (kernel, subscription) in _kernels.Values)
            {
                subscription.Dispose();
                kernel.Dispose();
            }
            _root.Dispose();
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException)
        {
            // the process is gone already; there is nobody left to tell to quit
        }
        _connector.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The variable that opts the .NET Interactive kernel out of telemetry; the runner sets it to 1 unless it is set already.</summary>
    public const string TelemetryOptOut = "DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT";

    /// <summary>The kernel that cells of a notebook run in unless their metadata names another.</summary>
    public const string DefaultKernel = "csharp";

    // A proxy for one of the remote composite kernel's subkernels (csharp, fsharp, pwsh, ...), created on first use.
    private async Task<ProxyKernel> KernelAsync(string name)
    {
        if (_kernels.TryGetValue(name, out var known))
            return known.Kernel;
        var kernel = await _connector.CreateProxyKernelAsync(name);
        _kernels[name] = (kernel, kernel.KernelEvents.Subscribe(OnEvent));
        return kernel;
    }

    // The connector marks the kernel ready before it caches the KernelReady event's kernel infos, on another thread, and
    // then looks the root's info up: when it looks first, it throws "Sequence contains no matching element" although the
    // kernel is up (seen here under load). Asking again reuses the started process and finds the info cached by then.
    private static async Task<ProxyKernel> ConnectAsync(StdIoKernelConnector connector, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connector.CreateRootProxyKernelAsync().WaitAsync(cancellationToken);
            }
            catch (InvalidOperationException) when (attempt < 5 && connector.ProcessId is not null)
            {
                await Task.Delay(50 * attempt, cancellationToken);
            }
        }
    }

    // A cell that ran but compiled with warnings fails after its outputs, with the warnings named in its error.
    private CellRun Finished(CellStatus status, CellOutputCollector collector, DateTimeOffset started, Stopwatch clock)
    {
        Microsoft.DotNet.Interactive.Diagnostic[] warnings;
        lock (_gate)
            warnings = [.. _warnings];
        if (warnings.Length > 0 && status == CellStatus.Succeeded)
        {
            collector.AddError(CompilerWarnings.Error(warnings));
            status = CellStatus.Failed;
        }
        return new CellRun(status, collector.Snapshot(), started, clock.Elapsed);
    }

    private CellRun Ended(CellOutputCollector collector, int cellNumber, DateTimeOffset started, Stopwatch clock)
    {
        _process.WaitForExit(5000);
        string code = _process.HasExited ? ExitCode() : "unknown";
        collector.AddError(ErrorFormatter.FromMessage("KernelEnded", $"cell {cellNumber} ended the kernel (exit code {code})"));
        return new CellRun(CellStatus.KernelEnded, collector.Snapshot(), started, clock.Elapsed) { Abandoned = true };
    }

    private string ExitCode()
    {
        try
        {
            return _process.ExitCode.ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }

    private static CellStatus Outcome(Microsoft.DotNet.Interactive.KernelCommandResult result) =>
        result.Events.OfType<CommandFailed>().Any() ? CellStatus.Failed : CellStatus.Succeeded;

    // Runs on the connector's reader thread. Writing to Console here would feed this process' own kernel plumbing;
    // the collector's echo writes to the terminal streams it was given instead.
    private void OnEvent(KernelEvent kernelEvent)
    {
        CellOutputCollector? collector;
        KernelCommand? command;
        TaskCompletionSource<bool>? completed;
        lock (_gate)
            (collector, command, completed) = (_current, _command, _completed);
        if (collector is null)
            return;
        var own = command is not null && kernelEvent.Command is { } of && command.Equals(of); // equal tokens: the same command
        switch (kernelEvent)
        {
            case StandardOutputValueProduced output:
                collector.WriteStream("stdout", PlainText(output.FormattedValues));
                break;
            case StandardErrorValueProduced error:
                collector.WriteStream("stderr", PlainText(error.FormattedValues));
                break;
            case DisplayedValueUpdated updated:
                // Replaces the display it updates (see CellDisplays for how this kernel build's ids relate).
                var bundle = Bundle(updated.FormattedValues);
                DisplayOutput? known;
                lock (_gate)
                    known = _displays.Updated(updated.ValueId, bundle.MimeTypes);
                if (known is not null)
                    collector.UpdateDisplay(known, bundle);
                else
                {
                    var alone = collector.AddDisplay(bundle);
                    lock (_gate)
                        _displays.UpdateShownAlone(alone, updated.ValueId);
                }
                break;
            case DisplayEvent display: // DisplayedValueProduced, ReturnValueProduced
                var added = collector.AddDisplay(Bundle(display.FormattedValues));
                lock (_gate)
                    _displays.Produced(added, display.ValueId);
                break;
            case DiagnosticsProduced produced when own:
                // Jupyter's .NET kernel shows a submission's compiler warnings as stderr text; so does this host, and
                // the cell fails (a notebook's outputs hold what the experiment shows). Errors come with CommandFailed.
                var warnings = CompilerWarnings.Of(produced.Diagnostics);
                if (warnings.Count > 0)
                {
                    collector.WriteStream("stderr", CompilerWarnings.Text(warnings));
                    lock (_gate)
                        _warnings.AddRange(warnings);
                }
                break;
            case CommandFailed failed:
                collector.AddError(KernelErrors.FromMessage(failed.Message));
                if (own)
                    completed?.TrySetResult(false);
                break;
            case CommandSucceeded when own:
                completed?.TrySetResult(true);
                break;
        }
    }

    private static string PlainText(IReadOnlyCollection<FormattedValue> values) =>
        (values.FirstOrDefault(v => v.MimeType == "text/plain") ?? values.FirstOrDefault())?.Value ?? "";

    private static MimeBundle Bundle(IReadOnlyCollection<FormattedValue> values)
    {
        var bundle = new MimeBundle();
        foreach (var value in values)
            bundle.Set(value.MimeType, value.Value);
        return bundle;
    }

    // The connector's own Process object: only the instance that started a child can read its exit code on Unix.
    private static Process StartedProcess(StdIoKernelConnector connector) =>
        typeof(StdIoKernelConnector).GetField("_process", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            ?.GetValue(connector) as Process
        ?? Process.GetProcessById(connector.ProcessId!.Value);

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    private static void KillById(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // already gone
        }
    }
}
