namespace DeepClustering.Notebooks.Execution;

/// <summary>Writers on this process' real stdout and stderr that bypass <see cref="Console"/> (and whatever redirects it).</summary>
internal static class TerminalStreams
{
    private static readonly Lazy<(TextWriter Out, TextWriter Error)> Streams = new(() =>
        (TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true }),
         TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true })));

    /// <summary>The two writers, created once per process.</summary>
    public static (TextWriter Out, TextWriter Error) Open() => Streams.Value;
}
