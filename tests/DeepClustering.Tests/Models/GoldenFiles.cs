namespace DeepClustering.Tests.Models;

/// <summary>Finds the committed golden files under <c>tests/golden/</c> by walking up from the test binaries.</summary>
internal static class GoldenFiles
{
    /// <summary>The full path of <c>tests/golden/<paramref name="name"/></c>.</summary>
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "golden", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Golden file tests/golden/{name} not found above {AppContext.BaseDirectory}.");
    }
}
