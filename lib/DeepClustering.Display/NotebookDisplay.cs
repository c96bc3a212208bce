using DeepClustering.Display.Formatting;
using DeepClustering.Display.Images;
using DeepClustering.Display.Notices;
using DeepClustering.Display.Plotly;
using DeepClustering.Display.Tables;
using DeepClustering.Display.Tensors;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Tensor = TorchSharp.torch.Tensor;

namespace DeepClustering.Display;

/// <summary>
/// Registers this library's display formatters with Microsoft.DotNet.Interactive.Formatting, the one formatting API that
/// both the Polyglot C# kernel (VS Code) and the headless runner consult; nothing here touches a kernel API.
/// </summary>
public static class NotebookDisplay
{
    /// <summary>MIME type of HTML outputs.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>MIME type of plain-text outputs.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>MIME type of PNG outputs; the value is the base64 text of the file, as Jupyter bundles and the Polyglot client expect.</summary>
    public const string PngMimeType = "image/png";

    private static readonly Lock Gate = new();
    private static NotebookDisplayOptions _options = new();

    /// <summary>The options in force (those of the last <see cref="Register"/> call).</summary>
    public static NotebookDisplayOptions Options => Volatile.Read(ref _options);

    /// <summary>Whether this library's formatters are currently registered with the Formatter.</summary>
    public static bool IsRegistered => Formatter.RegisteredFormatters(false).Any(IsOurs);

    /// <summary>
    /// Registers formatters for charts (<see cref="PlotlyFigure"/>, text/html), DataFrames (text/html and text/plain),
    /// TorchSharp tensors (text/plain), <see cref="ImageGrid"/> (image/png) and <see cref="Notice"/> (text/html and
    /// text/plain). Idempotent: a second call only updates the options. Every call makes the next chart carry plotly.js
    /// again, so re-running a notebook's setup cell (or the runner starting the next notebook in the same process)
    /// never leaves charts without the library.
    /// </summary>
    public static void Register(NotebookDisplayOptions? options = null)
    {
        var validated = (options ?? new NotebookDisplayOptions()).Validated();
        lock (Gate)
        {
            Volatile.Write(ref _options, validated);
            ChartLibraryState.Reset();
            if (IsRegistered)
                return;
            Add<PlotlyFigure>(HtmlMimeType, (chart, writer) => writer.Write(ChartToHtml(chart)));
            Add<DataFrame>(HtmlMimeType, (frame, writer) => DataFrameHtml.Write(frame, writer, Options.MaxTableRows));
            Add<DataFrame>(PlainTextMimeType, (frame, writer) => DataFrameText.Write(frame, writer, Options.MaxTableRows));
            Add<Tensor>(PlainTextMimeType, (tensor, writer) => writer.Write(TensorText.Format(tensor, Options.MaxTensorElements)));
            Add<ImageGrid>(PngMimeType, (grid, writer) => writer.Write(grid.ToBase64Png()));
            Add<ImageGrid>(PlainTextMimeType, (grid, writer) => writer.Write(grid.ToString()));
            Add<Notice>(HtmlMimeType, (notice, writer) => writer.Write(notice.Html));
            Add<Notice>(PlainTextMimeType, (notice, writer) => writer.Write(notice.Text));
            Formatter.SetPreferredMimeTypesFor(typeof(PlotlyFigure), HtmlMimeType);
            Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), HtmlMimeType, PlainTextMimeType);
            Formatter.SetPreferredMimeTypesFor(typeof(Tensor), PlainTextMimeType);
            Formatter.SetPreferredMimeTypesFor(typeof(ImageGrid), PngMimeType, PlainTextMimeType);
            Formatter.SetPreferredMimeTypesFor(typeof(Notice), HtmlMimeType, PlainTextMimeType);
        }
    }

    /// <summary>The HTML a chart output gets: the first chart after <see cref="Register"/> carries plotly.js inline.</summary>
    public static string ChartToHtml(PlotlyFigure chart)
    {
        var options = Options;
        bool include = options.PlotlySource != PlotlyScriptSource.Cdn && ChartLibraryState.TakeFirst();
        return ChartHtml.Render(chart, include, options);
    }

    private static void Add<T>(string mimeType, Action<T, TextWriter> write) =>
        Formatter.Register(new DisplayFormatter<T>(mimeType, write));

    private static bool IsOurs(ITypeFormatter formatter) =>
        formatter.GetType().IsGenericType && formatter.GetType().GetGenericTypeDefinition() == typeof(DisplayFormatter<>);
}
