using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// Every kernel process this process started and has not ended yet; all are killed when this process exits, is
/// interrupted (Ctrl-C) or terminated (SIGTERM), so no <c>dotnet-interactive stdio</c> outlives its runner.
/// </summary>
public static class KernelProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Live = new();
    private static readonly Lazy<PosixSignalRegistration[]> Signals = new(RegisterSignals);

    /// <summary>The ids of the kernel processes still running.</summary>
    public static IReadOnlyCollection<int> Ids => Live.Keys.ToArray();

    /// <summary>Tracks <paramref name="process"/> until it is killed through <see cref="Kill"/> or exits.</summary>
    public static void Track(Process process)
    {
        _ = Signals.Value;
        Live[process.Id] = process;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => Live.TryRemove(process.Id, out Process? _);
    }

    /// <summary>Kills one tracked kernel (and any process it started) and waits until it is gone.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // it exited in the meantime
        }
        Live.TryRemove(process.Id, out _);
    }

    /// <summary>Kills every tracked kernel.</summary>
    public static void KillAll()
    {
        foreach (var process in Live.Values)
            Kill(process);
    }

    private static void KillSoon() => _ = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => KillAll(), TaskScheduler.Default);

    private static PosixSignalRegistration[] RegisterSignals()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        // The runner's own cancellation (System.CommandLine's handler) runs first: it stops the running cell, kills its
        // kernel and writes the partial results. Whatever is still alive a little later goes too.
        return [PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillSoon()), PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillSoon())];
    }
}
