using DeepClustering.Reproductions;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Reproductions;

public sealed class ReportedNumbersTests
{
    private static string RepositoryFile => Path.Combine(GoldenCase.RepositoryRoot(), "data", "reported.json");

    [Fact]
    public void The_compiled_in_copy_is_the_repository_file()
    {
        var file = ReportedNumbers.Load(RepositoryFile);
        Assert.Equal(file.Experiments.Select(e => (e.Notebook, e.Numbers.Count)),
            ReportedNumbers.Default.Experiments.Select(e => (e.Notebook, e.Numbers.Count)));
    }

    [Fact]
    public void Every_experiment_has_a_notebook_and_every_mean_agrees_with_its_folds()
    {
        var notebooks = Directory.GetFiles(Path.Combine(GoldenCase.RepositoryRoot(), "notebooks"), "0*.ipynb")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var experiment in ReportedNumbers.Default.Experiments)
        {
            Assert.Contains(experiment.Notebook, notebooks);
            foreach (var number in experiment.Numbers.Where(n => n.Folds is not null))
            {
                var folds = Aggregate.Of(number.Folds!);
                Assert.True(Math.Abs(folds.Mean - number.Scalar) <= 5e-5,
                    $"{number.Id}: mean of folds {folds.Mean}, reported {number.Scalar}");
                Assert.True(Math.Abs(folds.PopulationStd - number.Std!.Value) <= 5e-5,
                    $"{number.Id}: std of folds {folds.PopulationStd}");
            }
        }
    }

    [Fact]
    public void Unknown_names_list_what_there_is()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => ReportedNumbers.For("02-mnist-neural-kmeans")["purity"]);
        Assert.Contains("neural_test_purity", error.Message);
        Assert.Contains("05-mnist-autoencoder-dec-folds",
            Assert.Throws<KeyNotFoundException>(() => ReportedNumbers.For("07")).Message);
        Assert.Throws<InvalidOperationException>(
            () => ReportedNumbers.For("04-cifar10-conv-autoencoder")["pixel_dunn"].Scalar);
        Assert.Equal(0.0540, ReportedNumbers.For("04-cifar10-conv-autoencoder")["pixel_silhouette"].ValueAt(10));
    }

    [Theory]
    [InlineData(
        "{\"experiments\": [{\"notebook\": \"x\", \"original\": \"o\", \"numbers\": [" +
        "{\"id\": \"a\", \"label\": \"l\", \"kind\": \"best\", \"value\": 1, \"source\": \"s\"}]}]}",
        "x/a: kind must be")]
    [InlineData(
        "{\"experiments\": [{\"notebook\": \"x\", \"original\": \"o\", \"numbers\": [" +
        "{\"id\": \"a\", \"label\": \"l\", \"kind\": \"series\", \"value\": 1, \"source\": \"s\"}]}]}",
        "a series has")]
    [InlineData(
        "{\"experiments\": [{\"notebook\": \"x\", \"original\": \"o\", \"numbers\": [" +
        "{\"id\": \"a\", \"label\": \"l\", \"kind\": \"single\", \"value\": 1, \"source\": \"s\"}, " +
        "{\"id\": \"a\", \"label\": \"l\", \"kind\": \"single\", \"value\": 2, \"source\": \"s\"}]}]}",
        "'a' is used twice")]
    [InlineData(
        "{\"experiments\": [{\"notebook\": \"x\", \"original\": \"o\", \"numbers\": [" +
        "{\"id\": \"a\", \"label\": \"l\", \"kind\": \"mean\", \"value\": 1, \"std\": 0.1, \"source\": \"s\"}]}]}",
        "std_kind")]
    [InlineData("{\"experiments\": 3}", "line 1")]
    [InlineData("{}", "expected an object with an \"experiments\" array")]
    public void Bad_files_name_the_file_and_what_was_expected(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ReportedNumbers.Parse(json, "my.json"));
        Assert.StartsWith("my.json", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
