using DeepClustering.Notebooks.Kernel;

namespace DeepClustering.Tests.Notebooks;

public sealed class CellKernelTests
{
    [Theory]
    [InlineData("#!csharp\nvar x = 1;", "csharp", "var x = 1;")]
    [InlineData("#!c#\n1 + 1", "csharp", "1 + 1")]
    [InlineData("\n#!fsharp\nlet x = 1", "fsharp", "let x = 1")]
    [InlineData("var y = 2;", "csharp", "var y = 2;")]
    [InlineData("#!time\nvar z = 3;", "csharp", "#!time\nvar z = 3;")]
    public void A_first_line_magic_names_the_kernel_and_is_taken_off(string source, string kernel, string code)
    {
        Assert.Equal((kernel, code), CellKernel.Split(source, "csharp"));
    }

    [Fact]
    public void Without_a_magic_line_the_metadatas_kernel_applies() =>
        Assert.Equal(("fsharp", "let x = 1"), CellKernel.Split("let x = 1", "fsharp"));
}
