namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// The command line that starts a kernel: on Linux and macOS the kernel runs under a watchdog that kills it within about
/// a second once the runner is gone, however the runner died (SIGKILL, a crash, a cell that killed it), because a
/// <c>dotnet-interactive stdio</c> left without its runner is re-parented to init and keeps spinning.
/// </summary>
/// <remarks>
/// <c>sh</c> starts a background loop that polls the runner's process id, then <c>exec</c>s into the kernel, so the loop
/// is the kernel's child and the kernel keeps the shell's process id (<c>$$</c>), the one the loop kills. The loop ends
/// by itself when the kernel ends first. No library offers this: .NET has no parent-death signal for child processes,
/// and Linux's <c>PR_SET_PDEATHSIG</c> follows the thread that started the child, which in .NET may be a pool thread.
/// </remarks>
public static class KernelLaunch
{
    /// <summary>The watchdog script; <c>$1</c> is the runner's process id, the rest the kernel's command line.</summary>
    public const string Watchdog =
        "p=$1; shift; " +
        "(while kill -0 $p 2>/dev/null && kill -0 $$ 2>/dev/null; do sleep 1; done; kill -9 $$ 2>/dev/null) " +
        "</dev/null >/dev/null 2>&1 & exec \\\"$@\\\"";

    /// <summary>
    /// The connector's command (<c>StdIoKernelConnector</c> joins it with spaces into one argument string) for the
    /// kernel <paramref name="kernel"/>, watched on behalf of process <paramref name="runnerId"/> where a POSIX shell exists.
    /// </summary>
    public static string[] For(IReadOnlyList<string> kernel, int runnerId) =>
        OperatingSystem.IsWindows() || !File.Exists("/bin/sh")
            ? [.. kernel]
            : ["/bin/sh", "-c", $"\"{Watchdog}\"", "deep-clustering-kernel-watchdog", runnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), .. kernel];
}
