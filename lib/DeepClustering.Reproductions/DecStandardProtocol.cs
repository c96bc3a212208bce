using DeepClustering.Deep;
using DeepClustering.Keras;
using DeepClustering.Training;

namespace DeepClustering.Reproductions;

/// <summary>
/// Notebook 06's protocol in one profile (DEC on MNIST as DEC-keras runs it): images, pretraining, DEC's iterations.
/// <see cref="Quick"/> checks the path in CI; <see cref="Full"/> is DEC-keras' protocol. A notebook parameter
/// overrides a value when it is above zero (or, for the optimizer, not empty).
/// </summary>
public sealed record DecStandardProtocol
{
    /// <summary>The profile's name: <c>quick</c> or <c>full</c>.</summary>
    public required string Profile { get; init; }

    /// <summary>MNIST images clustered (train and test together, the first ones).</summary>
    public int Images { get; init; }

    /// <summary>Pretraining epochs of the autoencoder.</summary>
    public int PretrainEpochs { get; init; }

    /// <summary>The pretraining optimizer: <c>sgd</c> (DEC-keras on MNIST) or <c>adam</c> (its default).</summary>
    public required string PretrainOptimizer { get; init; }

    /// <summary>The most DEC iterations.</summary>
    public int DecIterations { get; init; }

    /// <summary>DEC iterations between target refreshes.</summary>
    public int UpdateInterval { get; init; }

    /// <summary>Seconds between two printed progress lines of the pretraining.</summary>
    public double ProgressSeconds { get; init; }

    /// <summary>5,000 images, 10 Adam epochs, 400 DEC iterations: the path in a few minutes.</summary>
    public static DecStandardProtocol Quick { get; } = new()
    {
        Profile = ExperimentLog.Quick, Images = 5_000, PretrainEpochs = 10, PretrainOptimizer = "adam",
        DecIterations = 400, UpdateInterval = 50,
    };

    /// <summary>DEC-keras' protocol: all 70,000 images, 300 SGD epochs, at most 20,000 DEC iterations.</summary>
    public static DecStandardProtocol Full { get; } = new()
    {
        Profile = ExperimentLog.Full, Images = 70_000, PretrainEpochs = 300, PretrainOptimizer = "sgd",
        DecIterations = 20_000, UpdateInterval = 140, ProgressSeconds = 30,
    };

    /// <summary>The protocol of <paramref name="profile"/> (<c>quick</c> or <c>full</c>).</summary>
    public static DecStandardProtocol For(string profile) => Profiles.Pick(profile, Quick, Full);

    /// <summary>This protocol with each given value (above zero, or a non-empty word) put in place of the
    /// profile's.</summary>
    public DecStandardProtocol Override(
        int images = 0, int pretrainEpochs = 0, int decIterations = 0, int updateInterval = 0,
        string pretrainOptimizer = "") =>
        this with
        {
            Images = Profiles.Or(images, Images),
            PretrainEpochs = Profiles.Or(pretrainEpochs, PretrainEpochs),
            DecIterations = Profiles.Or(decIterations, DecIterations),
            UpdateInterval = Profiles.Or(updateInterval, UpdateInterval),
            PretrainOptimizer = pretrainOptimizer != "" ? pretrainOptimizer : PretrainOptimizer,
        };

    /// <summary>
    /// The pretraining: batch 256, MSE, with SGD (lr 1, momentum 0.9, DEC-keras on MNIST) or Keras' Adam (lr 1e-3, its
    /// default), as <see cref="PretrainOptimizer"/> says.
    /// </summary>
    public TrainingOptions PretrainOptions(int seed)
    {
        var options = new TrainingOptions
        {
            Epochs = PretrainEpochs, BatchSize = 256, Loss = LossKind.MeanSquaredError, Seed = seed,
            ProgressInterval = 100,
        };
        return OptionChoice.Parse("pretrainOptimizer", PretrainOptimizer,
            ("sgd", options with { Optimizer = OptimizerKind.Sgd, LearningRate = 1.0, Momentum = 0.9 }),
            ("adam", options with
            {
                Optimizer = OptimizerKind.KerasAdam, LearningRate = 1e-3, Epsilon = KerasAdam.DefaultEpsilon,
            }));
    }

    /// <summary>
    /// DEC-keras' DEC: SGD lr 0.01, momentum 0.9, batch 256, tolerance 0.001, k-means with 20 restarts, the same
    /// batches in order every pass.
    /// </summary>
    public DecOptions DecOptions(int seed) => KerasDecSettings.Options(seed, DecIterations, UpdateInterval);
}
