using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace DeepClustering.Notebooks.NuGet;

/// <summary>Reads obj/project.assets.json (written by a restore) into the runtime assemblies and native folders of each package.</summary>
public static class AssetsFileReader
{
    /// <summary>Reads the packages of target <paramref name="targetFramework"/> from the assets file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<ResolvedPackage> Read(string path, string targetFramework)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
                   ?? throw new NuGetRestoreException($"{path}: empty assets file");
        var packageFolder = root["packageFolders"]?.AsObject().Select(p => p.Key).FirstOrDefault()
                            ?? throw new NuGetRestoreException($"{path}: no packageFolders");
        var target = root["targets"]?[targetFramework]?.AsObject()
                     ?? throw new NuGetRestoreException($"{path}: no target '{targetFramework}'");
        var rids = RuntimeIdentifierChain();
        var packages = new List<ResolvedPackage>();
        foreach (var (key, entry) in target)
        {
            if (entry?["type"]?.GetValue<string>() != "package")
                continue;
            var libraryPath = root["libraries"]?[key]?["path"]?.GetValue<string>() ?? key.ToLowerInvariant();
            var folder = Path.Combine(packageFolder, libraryPath);
            var (name, version) = SplitKey(key);
            var runtime = AssetPaths(entry["runtime"]);
            var ridRuntime = RidAssets(entry["runtimeTargets"], "runtime", rids);
            var assemblies = (ridRuntime.Count > 0 ? ridRuntime : runtime).Select(a => Path.Combine(folder, a)).ToList();
            var natives = RidAssets(entry["runtimeTargets"], "native", rids)
                .Concat(AssetPaths(entry["native"]))
                .Select(a => Path.GetDirectoryName(Path.Combine(folder, a))!)
                .Distinct()
                .ToList();
            packages.Add(new ResolvedPackage(name, version, assemblies, natives));
        }
        return packages;
    }

    private static (string Name, string Version) SplitKey(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? (key, "") : (key[..slash], key[(slash + 1)..]);
    }

    private static List<string> AssetPaths(JsonNode? assets) =>
        assets is JsonObject obj
            ? obj.Select(p => p.Key).Where(p => !p.EndsWith("/_._", StringComparison.Ordinal) && p != "_._").ToList()
            : [];

    private static List<string> RidAssets(JsonNode? runtimeTargets, string assetType, IReadOnlyList<string> rids)
    {
        if (runtimeTargets is not JsonObject obj)
            return [];
        // Take the assets of the most specific runtime identifier that has any.
        foreach (var rid in rids)
        {
            var matches = obj
                .Where(p => p.Value?["assetType"]?.GetValue<string>() == assetType && p.Value?["rid"]?.GetValue<string>() == rid)
                .Select(p => p.Key)
                .Where(p => !p.EndsWith("/_._", StringComparison.Ordinal))
                .ToList();
            if (matches.Count > 0)
                return matches;
        }
        return [];
    }

    /// <summary>The runtime identifiers that apply to this process, most specific first (for example linux-x64, linux, unix).</summary>
    public static IReadOnlyList<string> RuntimeIdentifierChain()
    {
        var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        if (OperatingSystem.IsWindows())
            return [$"win-{arch}", "win"];
        if (OperatingSystem.IsMacOS())
            return [$"osx-{arch}", "osx", "unix"];
        return [$"linux-{arch}", "linux", "unix"];
    }
}
