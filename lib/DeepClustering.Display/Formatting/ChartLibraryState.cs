namespace DeepClustering.Display.Formatting;

/// <summary>Remembers whether the current notebook has already received the inline plotly.js element.</summary>
internal static class ChartLibraryState
{
    private static int _emitted;

    /// <summary>Whether the inline library has been written since the last <see cref="Reset"/>.</summary>
    public static bool Emitted => Volatile.Read(ref _emitted) == 1;

    /// <summary>Makes the next chart carry the library again.</summary>
    public static void Reset() => Interlocked.Exchange(ref _emitted, 0);

    /// <summary>True exactly once after each reset: the caller must then include the library.</summary>
    public static bool TakeFirst() => Interlocked.Exchange(ref _emitted, 1) == 0;
}
