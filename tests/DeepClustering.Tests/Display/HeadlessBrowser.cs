using System.Diagnostics;

namespace DeepClustering.Tests.Display;

/// <summary>Runs Debian's headless Chromium on a local file: the DOM after scripts ran, and a screenshot.</summary>
internal static class HeadlessBrowser
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The Chromium executable, or null when none is installed (tests then skip).</summary>
    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    /// <summary>The serialized DOM of <paramref name="file"/> once scripts ran for up to <paramref name="virtualTimeMs"/> of virtual time.</summary>
    public static string DumpDom(string file, int virtualTimeMs = 15_000) =>
        Run(["--dump-dom", $"--virtual-time-budget={virtualTimeMs}", new Uri(file).AbsoluteUri]);

    /// <summary>Saves a PNG screenshot of <paramref name="file"/>.</summary>
    public static void Screenshot(string file, string png, int width = 1200, int height = 2400, int virtualTimeMs = 15_000) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", $"--virtual-time-budget={virtualTimeMs}", new Uri(file).AbsoluteUri]);

    private static string Run(IEnumerable<string> arguments)
    {
        string exe = Executable ?? throw new InvalidOperationException("Chromium is not installed.");
        string profile = Directory.CreateTempSubdirectory("dc-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // The flags keep Chromium off the network (this machine has none) and away from the user's profile.
            foreach (string flag in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", $"--user-data-dir={profile}",
                     })
                start.ArgumentList.Add(flag);
            foreach (string argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 120 s.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }
}
