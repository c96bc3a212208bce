using DeepClustering.Deep;
using DeepClustering.Reproductions;
using DeepClustering.Training;

namespace DeepClustering.Tests.Reproductions;

public sealed class ProtocolTests
{
    [Fact]
    public void A_profile_names_its_instance_and_a_parameter_above_zero_overrides_it()
    {
        Assert.Same(FoldProtocol.Full, FoldProtocol.For("full"));
        Assert.Equal(100, FoldProtocol.For("full").Override(epochs: 0).Epochs);
        Assert.Equal(7, FoldProtocol.For("full").Override(epochs: 7).Epochs);
        Assert.Equal(2_000, BreastCancerProtocol.For("quick").Epochs);
        Assert.Equal(3, CifarConvProtocol.For("full", maxK: 3).MaxK);
        Assert.Equal(20, NeuralKMeansProtocol.For("quick").Rounds);
        Assert.Equal("adam", DecStandardProtocol.For("full").Override(pretrainOptimizer: "adam").PretrainOptimizer);
        var error = Assert.Throws<OptionOutOfRangeException>(() => CifarDenseProtocol.For("fast"));
        Assert.Equal("profile must be \"quick\" or \"full\"; got \"fast\".", error.Message);
    }

    [Fact]
    public void Experiments_5_and_6_train_DEC_as_the_Keras_originals_did()
    {
        DecOptions Expected(int seed, int iterations, int interval) => new()
        {
            Seed = seed, LearningRate = 0.01, Momentum = 0.9, BatchSize = 256, MaxIterations = iterations,
            UpdateInterval = interval, Tolerance = 0.001, KMeansRestarts = 20, ShuffleEachPass = false,
        };
        Assert.Equal(Expected(4, 8_000, 140), FoldProtocol.Full.DecOptions(4));
        Assert.Equal(Expected(4, 30, 30), FoldProtocol.Quick.PublishedEncoderDecOptions(4));
        Assert.Equal(Expected(0, 20_000, 140), DecStandardProtocol.Full.DecOptions(0));
        Assert.Equal(OptimizerKind.Sgd, DecStandardProtocol.Full.PretrainOptions(0).Optimizer);
        Assert.Equal(OptimizerKind.KerasAdam, FoldProtocol.Full.AutoencoderOptions.Optimizer);
    }
}
