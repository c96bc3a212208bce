namespace DeepClustering.Notebooks;

/// <summary>Expands the notebook arguments of a run: files as given, folders to their notebooks in name order.</summary>
public static class NotebookFiles
{
    /// <summary>Returns full paths; a folder contributes its *.ipynb files (not recursive) sorted by ordinal name.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
                result.AddRange(Directory.GetFiles(full, "*.ipynb").OrderBy(Path.GetFileName, StringComparer.Ordinal));
            else if (File.Exists(full))
                result.Add(full);
            else
                throw new FileNotFoundException($"{path}: no such notebook or folder", full);
        }
        return result;
    }
}
