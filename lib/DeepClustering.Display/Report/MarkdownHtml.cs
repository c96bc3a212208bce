using Markdig;

namespace DeepClustering.Display.Report;

/// <summary>Markdown cells as HTML, through Markdig (tables, emphasis, lists, code and math spans as written).</summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders one markdown cell.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);
}
