using DeepClustering.Reproductions;

namespace DeepClustering.Display.Notices;

/// <summary>
/// A notice a notebook displays: HTML in VS Code, Jupyter and the report, its text in a console. Displaying it needs no
/// kernel type, so a cell that shows one compiles without warnings in every host (the kernel's <c>HTML(...)</c> returns
/// an ASP.NET Core type whose reference version differs from the kernel's copy, and Jupyter prints that warning).
/// </summary>
/// <param name="Html">The notice as an HTML fragment.</param>
/// <param name="Text">The notice as one line of plain text.</param>
public sealed record Notice(string Html, string Text)
{
    /// <summary>The banner of a run on generated stand-in data instead of <paramref name="dataset"/>.</summary>
    public static Notice StandIn(string dataset = "CIFAR-10") => new(StandInBanner.Html(dataset), StandInBanner.Text(dataset));

    /// <summary>The plain text.</summary>
    public override string ToString() => Text;
}
