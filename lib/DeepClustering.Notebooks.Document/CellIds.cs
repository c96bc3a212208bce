using System.Text.RegularExpressions;

namespace DeepClustering.Notebooks.Document;

/// <summary>Makes every cell carry a unique nbformat 4.5 id (1 to 64 of [a-zA-Z0-9-_]).</summary>
public static partial class CellIds
{
    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex ValidId();

    /// <summary>Keeps valid unique ids and gives every other cell a fresh one.</summary>
    public static void Normalize(IEnumerable<NotebookCell> cells)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            var id = cell.Id;
            if (id is null || !ValidId().IsMatch(id) || !seen.Add(id))
            {
                id = NewId();
                seen.Add(id);
                cell.Id = id;
            }
        }
    }

    /// <summary>A fresh random id in the style Jupyter uses.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
