using DeepClustering.Keras;
using DeepClustering.Training;

namespace DeepClustering.Reproductions;

/// <summary>Experiment 4's protocol in one profile: the k sweep on pixels, the autoencoder's images and
/// epochs.</summary>
/// <param name="Profile">The profile's name: <c>quick</c> or <c>full</c>.</param>
/// <param name="SweepImages">Test images of the k sweep.</param>
/// <param name="MaxK">The sweep runs k = 2 .. MaxK.</param>
/// <param name="TrainImages">Training images of the autoencoder.</param>
/// <param name="Epochs">Autoencoder epochs.</param>
public sealed record CifarConvProtocol(string Profile, int SweepImages, int MaxK, int TrainImages, int Epochs)
{
    /// <summary>1,500 sweep images up to k = 5, 3,000 training images, 2 epochs: CI's check.</summary>
    public static CifarConvProtocol Quick { get; } = new(ExperimentLog.Quick, 1_500, 5, 3_000, 2);

    /// <summary>The original's 10,000 test images up to k = 11, 50,000 training images, 10 epochs.</summary>
    public static CifarConvProtocol Full { get; } = new(ExperimentLog.Full, 10_000, 11, 50_000, 10);

    /// <summary>The original's autoencoder training: Keras' Adam (lr 1e-3), batch 32, MSE.</summary>
    public TrainingOptions AutoencoderOptions(int seed) => new()
    {
        Epochs = Epochs, BatchSize = 32, Optimizer = OptimizerKind.KerasAdam, LearningRate = 1e-3,
        Epsilon = KerasAdam.DefaultEpsilon, Loss = LossKind.MeanSquaredError, Seed = seed, ProgressInterval = 25,
    };

    /// <summary>The protocol of <paramref name="profile"/>, with each parameter above zero in place of the profile's
    /// value.</summary>
    public static CifarConvProtocol For(
        string profile, int sweepImages = 0, int maxK = 0, int trainImages = 0, int epochs = 0)
    {
        var chosen = Profiles.Pick(profile, Quick, Full);
        return chosen with
        {
            SweepImages = Profiles.Or(sweepImages, chosen.SweepImages),
            MaxK = Profiles.Or(maxK, chosen.MaxK),
            TrainImages = Profiles.Or(trainImages, chosen.TrainImages),
            Epochs = Profiles.Or(epochs, chosen.Epochs),
        };
    }
}
