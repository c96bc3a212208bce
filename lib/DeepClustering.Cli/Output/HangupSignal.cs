using System.Runtime.InteropServices;

namespace DeepClustering.Cli.Output;

/// <summary>
/// Treats SIGHUP (a closed terminal or SSH session) as SIGTERM, so a run whose terminal goes away stops its cell, writes
/// the partial notebook and ends its kernels the way a terminated run does, instead of dying on the spot.
/// </summary>
internal static partial class HangupSignal
{
    private const int Sigterm = 15;

    private static PosixSignalRegistration? _registration;

    /// <summary>Installs the handler (once; a no-op where POSIX signals do not exist).</summary>
    public static void Register()
    {
        if (_registration is not null || OperatingSystem.IsWindows()) return;
        _registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;  // not the default (exit at once): the SIGTERM path below cleans up
            _ = Kill(Environment.ProcessId, Sigterm);
        });
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
