using global::Plotly.NET;

namespace DeepClustering.Display.Plotly;

/// <summary>Formats charts for one notebook: the first chart carries plotly.js inline, later ones only their div and script.</summary>
public sealed class ChartHtmlFormatter
{
    private int _libraryEmitted;

    /// <summary>Whether the inline library has been written since the last <see cref="Reset"/>.</summary>
    public bool LibraryEmitted => Volatile.Read(ref _libraryEmitted) == 1;

    /// <summary>Forgets that the library was written (a new notebook starts).</summary>
    public void Reset() => Interlocked.Exchange(ref _libraryEmitted, 0);

    /// <summary>The chart's HTML, with the library inline only the first time.</summary>
    public string Format(GenericChart chart)
    {
        bool first = Interlocked.Exchange(ref _libraryEmitted, 1) == 0;
        return ChartHtml.Render(chart, includeLibrary: first);
    }
}
