using System.Text;

namespace DeepClustering.Notebooks.Document;

/// <summary>Writes a file through a temporary sibling and a rename, so readers never see a half-written file.</summary>
/// <remarks>The runner does not reference the science library (which has its own helper), so it keeps this small one.</remarks>
public static class AtomicFileWriter
{
    /// <summary>Writes UTF-8 text (no BOM) to <paramref name="path"/> atomically, creating the folder if needed.</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }
}
