using DeepClustering.Clustering;
using DeepClustering.Deep;
using DeepClustering.Training;

namespace DeepClustering.Tests;

public sealed class OptionChecksTests
{
    [Fact]
    public void One_violation_keeps_the_single_message()
    {
        var error = Assert.Throws<OptionOutOfRangeException>(() => new KMeansOptions { K = 0 }.Validate());
        Assert.Equal("K must be at least 1; got 0.", error.Message);
        Assert.Equal("K", error.ParamName);
        Assert.Equal("at least 1", error.Expected);
    }

    [Fact]
    public void Every_violation_is_reported_in_one_message_in_declaration_order()
    {
        var error = Assert.Throws<OptionOutOfRangeException>(
            () => new DecOptions { LearningRate = 0, BatchSize = 0, KMeansRestarts = 0 }.Validate());
        Assert.Equal(
            "LearningRate must be positive and finite; got 0. BatchSize must be at least 1; got 0. " +
            "KMeansRestarts must be at least 1; got 0.", error.Message);
        Assert.Equal("LearningRate", error.ParamName);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 0.9, 1e-7, "LearningRate")]
    [InlineData(1e-3, 1.0, 1e-7, "Momentum")]
    [InlineData(1e-3, 0.9, double.PositiveInfinity, "Epsilon")]
    [InlineData(double.NaN, 0.9, 1e-7, "LearningRate")]
    public void Training_options_refuse_an_infinite_rate_or_epsilon_and_a_momentum_of_one(
        double learningRate, double momentum, double epsilon, string option)
    {
        var options = new TrainingOptions { LearningRate = learningRate, Momentum = momentum, Epsilon = epsilon };
        Assert.Equal(option, Assert.Throws<OptionOutOfRangeException>(options.Validate).ParamName);
    }

    [Fact]
    public void Valid_records_pass_and_list_no_violation()
    {
        new TrainingOptions().Validate();
        new DecOptions().Validate();
        new NeuralKMeansOptions().Validate();
        Assert.Empty(new KMeansOptions { K = 3 }.Violations());
    }

    [Fact]
    public void A_word_setting_reads_as_its_value_or_names_every_choice()
    {
        Assert.Equal(2, OptionChoice.Parse("grayscale", "standard", ("swapped", 1), ("standard", 2)));
        var error = Assert.Throws<OptionOutOfRangeException>(
            () => OptionChoice.Parse("emptyClusters", "drop", ("keep", 1), ("relocate", 2), ("split", 3)));
        Assert.Equal("emptyClusters must be \"keep\", \"relocate\" or \"split\"; got \"drop\".", error.Message);
    }
}
