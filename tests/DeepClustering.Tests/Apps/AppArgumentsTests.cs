using DeepClustering.Apps;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Tests.Apps;

public sealed class AppArgumentsTests
{
    private const string Cell = "var profile = \"quick\";\nvar seed = 0;\ndouble rate = 0.5;\nvar full = false;";

    [Fact]
    public void Values_are_typed_from_the_defaults_as_the_runner_types_them()
    {
        var parsed = AppArguments.Parse(["--param", "seed=7", "--param=rate=1e-3", "--param", "profile=full", "--param", "full=true"], Cell);

        Assert.Equal(7, parsed.Get("seed", 0));
        Assert.Equal(1e-3, parsed.Get("rate", 0.5));
        Assert.Equal("full", parsed.Get("profile", "quick"));
        Assert.True(parsed.Get("full", false));
        Assert.Equal(0, AppArguments.Parse([], Cell).Get("seed", 0));
        Assert.Contains("  rate (double) = 0.5", parsed.Usage("07-example"));
    }

    [Theory]
    [InlineData("--param", "sed=1", "Unknown parameter 'sed'; the parameters cell declares: profile, seed, rate, full.")]
    [InlineData("--param", "seed=1.5", "Parameter 'seed' expects int (its default is 0), got '1.5'.")]
    [InlineData("--param", "rate=NaN", "'NaN' is not a finite number")]
    [InlineData("--seed", "1", "Unknown argument '--seed'")]
    [InlineData("--param", "seed", "--param 'seed': expected name=value")]
    public void Bad_arguments_are_named(string first, string second, string expected)
    {
        var error = Assert.Throws<ParameterException>(() => AppArguments.Parse([first, second], Cell));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused_as_run_refuses_it()
    {
        var error = Assert.Throws<ParameterException>(() => AppArguments.Parse(["--param", "seed=1", "--param=seed=2"], Cell));
        Assert.Equal("--param 'seed' is given twice (seed=1, seed=2); give it once", error.Message);
    }
}
