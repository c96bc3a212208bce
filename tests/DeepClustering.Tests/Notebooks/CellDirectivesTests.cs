using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.NuGet;

namespace DeepClustering.Tests.Notebooks;

public sealed class CellDirectivesTests
{
    [Theory]
    [InlineData("#!csharp\nvar a = 1;")]
    [InlineData("#!c#\nvar a = 1;")]
    [InlineData("#!C#\nvar a = 1;")]
    public void CSharpMagicIsBlankedAndKeepsLinePositions(string source)
    {
        var directives = CellDirectives.Parse(source, null);

        Assert.Null(directives.Error);
        Assert.Equal("\nvar a = 1;", directives.Code);
    }

    [Theory]
    [InlineData("#!fsharp\nlet a = 1", null, "'fsharp' kernel")]
    [InlineData("#!pwsh\nGet-Date", null, "'pwsh' kernel")]
    [InlineData("let a = 1", "fsharp", "'fsharp' kernel")]
    [InlineData("#!whos", null, "'#!whos' is not supported")]
    public void OtherKernelsAndUnknownMagicsAreClearErrors(string source, string? kernel, string expected) =>
        Assert.Contains(expected, CellDirectives.Parse(source, kernel).Error);

    [Fact]
    public void CSharpMagicOverridesTheMetadataKernel() =>
        Assert.Null(CellDirectives.Parse("#!csharp\n1", "fsharp").Error);

    [Fact]
    public void NuGetReferencesAndSourcesAreTakenOutOfTheCode()
    {
        var directives = CellDirectives.Parse(
            "#i \"nuget: https://example.org/v3/index.json\"\n#r \"nuget: Spectre.Console, 0.57.2\"\n#r \"nuget:Plotly.NET\"\n#r \"lib.dll\"\n#!time\nvar x = 1;", null);

        Assert.Null(directives.Error);
        Assert.True(directives.Time);
        Assert.Equal(["https://example.org/v3/index.json"], directives.RestoreSources);
        Assert.Equal([new PackageSpec("Spectre.Console", "0.57.2"), new PackageSpec("Plotly.NET", null)], directives.Packages);
        Assert.Equal("\n\n\n#r \"lib.dll\"\n\nvar x = 1;", directives.Code);
    }

    [Fact]
    public void MalformedPackageReferenceIsAnError() =>
        Assert.Contains("Unable to parse package reference", CellDirectives.Parse("#r \"nuget: two words, 1.0\"", null).Error);

    [Fact]
    public void ConflictingPackageVersionIsWordedLikeTheKernel()
    {
        var resolver = new NuGetResolver(Path.GetTempPath());
        resolver.Add(new PackageSpec("A", "1.0.0"));

        Assert.Equal(new PackageSpec("A", "1.0.0"), resolver.Add(new PackageSpec("A", "*")));
        var error = Assert.Throws<NuGetRestoreException>(() => resolver.Add(new PackageSpec("A", "2.0.0")));
        Assert.Equal("A version 2.0.0 cannot be added because version 1.0.0 was added previously.", error.Message);
    }
}
