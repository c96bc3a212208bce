using System.Reflection;
using DeepClustering.Caching;
using DeepClustering.Deep;
using DeepClustering.Training;

namespace DeepClustering.Tests.Caching;

public sealed class OptionsFingerprintTests
{
    // The options records that reach a cache identity; a new one must be added here and classified.
    private static readonly Type[] CachedOptions =
        [typeof(TrainingOptions), typeof(DecOptions), typeof(NeuralKMeansOptions)];

    [Fact]
    public void Every_property_of_every_cached_options_record_says_whether_it_changes_numbers()
    {
        var classified = typeof(OptionsFingerprint).Assembly.GetTypes()
            .Where(t => t.GetProperties().Any(p => Changes(p) || Keeps(p)));
        Assert.Equal(CachedOptions.OrderBy(t => t.Name), classified.OrderBy(t => t.Name));
        foreach (var type in CachedOptions)
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                Assert.True(
                    Changes(property) ^ Keeps(property),
                    $"{type.Name}.{property.Name} must carry [ChangesNumbers] or [KeepsNumbers]");
    }

    [Fact]
    public void Reporting_options_leave_the_fingerprint_alone_and_numeric_ones_change_it()
    {
        var options = new TrainingOptions { Epochs = 3, Seed = 2 };
        var text = OptionsFingerprint.Of(options);
        Assert.StartsWith("TrainingOptions{BatchSize=256;Epochs=3;", text);
        Assert.Equal(text, OptionsFingerprint.Of(options with { ProgressInterval = 7, CheckpointPath = "/tmp/x.bin" }));
        Assert.NotEqual(text, OptionsFingerprint.Of(options with { LearningRate = 2e-3 }));
        Assert.NotEqual(text, OptionsFingerprint.Of(options with { Seed = 3 }));
        Assert.Contains("LearningRate=0.001;", text);
        Assert.Contains("Optimizer=Adam;", text);

        var dec = new DecOptions();
        Assert.Equal(OptionsFingerprint.Of(dec), OptionsFingerprint.Of(dec with { Metric = labels => labels.Length }));
        Assert.Contains("CentroidInitializer=null", OptionsFingerprint.Of(dec));
    }

    [Fact]
    public void A_function_that_changes_numbers_or_an_unclassified_property_is_refused_by_name()
    {
        var custom = new DecOptions { CentroidInitializer = (codes, k, seed) => codes.narrow(0, 0, k) };
        var error = Assert.Throws<NotSupportedException>(() => OptionsFingerprint.Of(custom));
        Assert.Contains("DecOptions.CentroidInitializer is a function", error.Message);

        var unclassified = Assert.Throws<InvalidOperationException>(() => OptionsFingerprint.Of(new Unclassified()));
        Assert.Contains(
            "Unclassified.Rate must carry exactly one of [ChangesNumbers] and [KeepsNumbers] (it carries neither)",
            unclassified.Message);
    }

    private static bool Changes(PropertyInfo property) => property.IsDefined(typeof(ChangesNumbersAttribute));

    private static bool Keeps(PropertyInfo property) => property.IsDefined(typeof(KeepsNumbersAttribute));

    private sealed record Unclassified
    {
        [ChangesNumbers]
        public int Epochs { get; init; } = 1;

        public double Rate { get; init; } = 0.1;
    }
}
