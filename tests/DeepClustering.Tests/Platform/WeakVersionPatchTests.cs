using DeepClustering.Platform;

namespace DeepClustering.Tests.Platform;

public sealed class WeakVersionPatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-elf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A pristine copy of TorchSharp's native library from the NuGet cache (the build output copy may already be patched).</summary>
    private string PristineCopy()
    {
        var source = TorchRuntime.NativeCandidates().Last();
        Assert.True(File.Exists(source), $"TorchSharp's native library was not found at {source}");
        var copy = Path.Combine(_dir, "libLibTorchSharp.so");
        File.Copy(source, copy);
        // Undo any earlier patch so the test always starts from the published flags.
        var image = ElfImage.Read(copy);
        foreach (var need in image.NeededVersions().Where(n => n.Version == "GLIBCXX_3.4.32"))
            image.SetFlags(need, (ushort)(need.Flags & ~VersionNeed.WeakFlag));
        File.WriteAllBytes(copy, image.Bytes.ToArray());
        return copy;
    }

    /// <summary>This system's libstdc++ versions, cut at or extended to GLIBCXX_3.4.<paramref name="patch"/>.</summary>
    private static HashSet<string> StdCxxUpTo(int patch)
    {
        var system = SystemLibrary.DefinedVersions(SystemLibrary.Resolve("libstdc++.so.6")!);
        var versions = system.Where(v => !v.StartsWith("GLIBCXX_3.4.", StringComparison.Ordinal)).ToHashSet();
        versions.UnionWith(Enumerable.Range(0, patch + 1).Select(i => $"GLIBCXX_3.4.{i}"));
        return versions;
    }

    [Fact]
    public void Weakens_only_the_missing_marker_version_and_changes_one_byte()
    {
        var path = PristineCopy();
        var before = File.ReadAllBytes(path);

        var weakened = WeakVersionPatch.Apply(path, "libstdc++.so.6", StdCxxUpTo(30));

        Assert.Equal(["GLIBCXX_3.4.32"], weakened);
        var after = File.ReadAllBytes(path);
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Single(changed);
        var need = ElfImage.Read(path).NeededVersions().Single(n => n.Version == "GLIBCXX_3.4.32");
        Assert.True(need.IsWeak);
        Assert.Equal(need.FlagsOffset, changed[0]);
    }

    [Fact]
    public void Leaves_the_file_untouched_when_the_system_has_the_version()
    {
        var path = PristineCopy();
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);

        Assert.Empty(WeakVersionPatch.Apply(path, "libstdc++.so.6", StdCxxUpTo(33)));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Is_idempotent()
    {
        var path = PristineCopy();
        Assert.NotEmpty(WeakVersionPatch.Apply(path, "libstdc++.so.6", StdCxxUpTo(30)));
        Assert.Empty(WeakVersionPatch.Apply(path, "libstdc++.so.6", StdCxxUpTo(30)));
    }

    [Fact]
    public void Refuses_to_weaken_a_version_that_real_symbols_use()
    {
        var path = PristineCopy();
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<TorchRuntimeException>(() => WeakVersionPatch.Apply(path, "libstdc++.so.6", StdCxxUpTo(25)));

        Assert.Contains(path, error.Message);
        Assert.Contains("GLIBCXX_3.4.", error.Message);
        Assert.Contains("real symbol", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_elf_names_the_file_and_offset()
    {
        var path = Path.Combine(_dir, "not-elf.so");
        File.WriteAllText(path, "this is not an ELF file, just text that is long enough to have a header's worth of bytes in it.");

        var error = Assert.Throws<InvalidDataException>(() => ElfImage.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("offset 0", error.Message);
    }

    [Fact]
    public void Reads_the_version_definitions_of_the_system_libstdcxx()
    {
        var stdcxx = SystemLibrary.Resolve("libstdc++.so.6");
        Assert.NotNull(stdcxx);
        var versions = SystemLibrary.DefinedVersions(stdcxx);
        Assert.Contains("GLIBCXX_3.4.21", versions);
        Assert.Contains("CXXABI_1.3", versions);
    }
}
