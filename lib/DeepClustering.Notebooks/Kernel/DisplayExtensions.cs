using DeepClustering.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>The kernel's display extension methods (DisplayExtensions.cs in dotnet/interactive): Display, DisplayAs, DisplayTable.</summary>
public static class DisplayExtensions
{
    /// <summary>Displays the value formatted by the Formatter (for the given MIME types, or its preferred ones); returns an updatable handle.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        Show(DisplayFormatter.Format(value, mimeTypes));

    /// <summary>Displays a string that is already in the given MIME type (for example text/markdown or text/html).</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) =>
        Show(DisplayFormatter.FormatAs(value, mimeType));

    /// <summary>Displays a sequence as a table (through the Formatter's tabular data resource, as the kernel does).</summary>
    public static DisplayedValue DisplayTable<T>(this IEnumerable<T> value, params string[] mimeTypes) =>
        value is null ? Display(null, mimeTypes) : value.ToTabularDataResource().Display(mimeTypes);

    private static DisplayedValue Show(Document.MimeBundle bundle)
    {
        var mimeTypes = bundle.MimeTypes.ToArray();
        if (CellContext.Current is { } cell)
            return new DisplayedValue(cell, cell.AddDisplay(bundle), mimeTypes);
        // Outside a running cell the kernel writes the first representation to the console; so does the runner.
        Console.WriteLine(bundle.Get(mimeTypes[0]));
        return new DisplayedValue(null, null, mimeTypes);
    }
}
