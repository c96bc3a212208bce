using System.Text;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Parameters;

/// <summary>Applies <c>--param name=value</c> the way papermill does: a cell tagged <c>injected-parameters</c> after the first cell tagged <c>parameters</c>.</summary>
public static class ParameterInjector
{
    /// <summary>The tag of the cell that holds the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the runner inserts.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The declarations of the first code cell tagged <c>parameters</c> (empty when there is none).</summary>
    public static IReadOnlyList<ParameterDefault> Defaults(NotebookDocument notebook) =>
        notebook.Cells.FirstOrDefault(c => c.IsCode && c.Tags.Contains(ParametersTag)) is { } cell
            ? ParameterCellParser.Parse(cell.Source)
            : [];

    /// <summary>Removes an earlier injected cell, then injects the given values; returns the typed values by name (in the given order).</summary>
    /// <exception cref="ParameterException">No parameters cell, an unknown name, or a value that does not parse as the default's type.</exception>
    public static IReadOnlyList<KeyValuePair<string, object>> Inject(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        notebook.Cells.RemoveAll(c => c.Tags.Contains(InjectedTag));
        if (values.Count == 0)
            return [];
        var index = notebook.Cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
        if (index < 0)
            throw new ParameterException(
                $"--param {values[0].Key}=... given, but the notebook has no code cell tagged '{ParametersTag}' to declare its default.");
        // The values are injected after the first parameters cell; a second one would silently set them back.
        var tagged = notebook.Cells.Select((c, i) => (c, i)).Where(p => p.c.IsCode && p.c.Tags.Contains(ParametersTag)).Select(p => p.i + 1).ToList();
        if (tagged.Count > 1)
            throw new ParameterException(
                $"cells {string.Join(" and ", tagged)} are both tagged '{ParametersTag}'; a later one would undo --param. Keep the tag on one cell.");
        var typed = new List<KeyValuePair<string, object>>();
        var source = new StringBuilder("// Parameters injected by deep-clustering run (papermill convention).\n");
        foreach (var (parameter, value, literal) in Convert(Defaults(notebook), values))
        {
            typed.RemoveAll(p => p.Key == parameter.Name);
            typed.Add(new(parameter.Name, value));
            source.Append(ParameterLiteral.Keyword(parameter.Kind)).Append(' ').Append(parameter.Name).Append(" = ").Append(literal).Append(";\n");
        }
        var cell = NotebookCell.CreateCode(CellIds.NewId(), source.ToString().TrimEnd('\n'), InjectedTag);
        notebook.Cells.Insert(index + 1, cell);
        return typed;
    }

    /// <summary>
    /// Each value typed as its declaration in <paramref name="defaults"/> (the last declaration of a name counts), with
    /// the C# literal that declares it, in the order given.
    /// </summary>
    /// <exception cref="ParameterException">An undeclared name, or a value that does not parse as its default's type.</exception>
    public static IReadOnlyList<(ParameterDefault Parameter, object Value, string Literal)> Convert(
        IReadOnlyList<ParameterDefault> defaults, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var byName = defaults.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var converted = new List<(ParameterDefault, object, string)>();
        foreach (var (name, text) in values)
        {
            if (!byName.TryGetValue(name, out var parameter))
                throw new ParameterException(
                    $"Unknown parameter '{name}'; the parameters cell declares: {(byName.Count == 0 ? "nothing" : string.Join(", ", byName.Keys))}.");
            var (value, literal) = ParameterLiteral.Convert(parameter, text);
            converted.Add((parameter, value, literal));
        }
        return converted;
    }
}
