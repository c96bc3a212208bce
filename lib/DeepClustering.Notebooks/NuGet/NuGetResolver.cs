namespace DeepClustering.Notebooks.NuGet;

/// <summary>The packages and sources a notebook has asked for so far; restores them all together, like the kernel's PackageRestoreContext.</summary>
public sealed class NuGetResolver
{
    private readonly Dictionary<string, PackageSpec> _requested = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ResolvedPackage> _resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referencedAssemblies = new(StringComparer.Ordinal);
    private readonly string? _configFile;

    /// <summary>Creates a resolver for a notebook in <paramref name="notebookDirectory"/> (its nearest NuGet.config is used).</summary>
    public NuGetResolver(string notebookDirectory) => _configFile = FindConfigFile(notebookDirectory);

    /// <summary>Adds a restore source (<c>#i</c>).</summary>
    public void AddSource(string source)
    {
        if (!_sources.Contains(source))
            _sources.Add(source);
    }

    /// <summary>Adds a package request; a different version of a package already requested is an error worded as the kernel words it.</summary>
    /// <returns>The spec that will be restored (a wildcard request reuses the version already present).</returns>
    public PackageSpec Add(PackageSpec spec)
    {
        if (_requested.TryGetValue(spec.Name, out var existing))
        {
            var existingVersion = _resolved.TryGetValue(spec.Name, out var resolved) ? resolved.Version : existing.Version;
            if (spec.IsWildcard || string.Equals(spec.Version, existing.Version, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(spec.Version, existingVersion, StringComparison.OrdinalIgnoreCase))
                return existing;
            throw new NuGetRestoreException(
                $"{spec.Name} version {spec.Version} cannot be added because version {existingVersion ?? existing.Version ?? "*"} was added previously.");
        }
        _requested[spec.Name] = spec;
        return spec;
    }

    /// <summary>Drops a request that has not been restored (its cell failed), so later cells do not inherit the failure.</summary>
    public void Forget(PackageSpec spec)
    {
        if (!_resolved.ContainsKey(spec.Name) && _requested.TryGetValue(spec.Name, out var existing) && existing == spec)
            _requested.Remove(spec.Name);
    }

    /// <summary>True when some requested package has not been restored yet.</summary>
    public bool HasPendingRequests => _requested.Keys.Any(name => !_resolved.ContainsKey(name));

    /// <summary>Restores every package requested so far and returns the assemblies that are new since the last restore.</summary>
    public async Task<(IReadOnlyList<ResolvedPackage> Requested, IReadOnlyList<string> NewAssemblies)> RestoreAsync(CancellationToken cancellationToken)
    {
        var project = new RestoreProject(_requested.Values, _sources, _configFile);
        var packages = await RestoreProjectAsync(project, cancellationToken);
        var frameworkAssemblies = Execution.FrameworkReferences.AssemblyNames;
        var newAssemblies = new List<string>();
        foreach (var package in packages)
        {
            _resolved[package.Name] = package;
            foreach (var directory in package.NativeDirectories)
                Execution.NativeLibraryProbe.RegisterDirectory(directory);
            foreach (var assembly in package.Assemblies)
            {
                // The shared framework's copy wins over an older package copy of the same assembly.
                if (frameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(assembly)))
                    continue;
                Execution.AssemblyProbe.RegisterAssembly(assembly);
                if (_referencedAssemblies.Add(assembly))
                    newAssemblies.Add(assembly);
            }
        }
        var requested = packages.Where(p => _requested.ContainsKey(p.Name)).ToList();
        return (requested, newAssemblies);
    }

    private static async Task<IReadOnlyList<ResolvedPackage>> RestoreProjectAsync(RestoreProject project, CancellationToken cancellationToken)
    {
        try
        {
            return await project.RestoreAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            throw new NuGetRestoreException($"restore in {project.Directory} failed: {e.Message}");
        }
    }

    private static string? FindConfigFile(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            foreach (var name in new[] { "NuGet.config", "nuget.config", "NuGet.Config" })
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
