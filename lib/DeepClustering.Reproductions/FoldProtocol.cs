using DeepClustering.Deep;
using DeepClustering.Keras;
using DeepClustering.Training;

namespace DeepClustering.Reproductions;

/// <summary>
/// Experiment 5's protocol in one profile: the image counts, the autoencoder's epochs, DEC's iterations and how much of
/// the audit against the original's published models runs. <see cref="Quick"/> checks the path in CI;
/// <see cref="Full"/> is the original's protocol. A notebook parameter overrides a value when it is above zero.
/// </summary>
public sealed record FoldProtocol
{
    /// <summary>The profile's name: <c>quick</c> or <c>full</c>.</summary>
    public required string Profile { get; init; }

    /// <summary>Training images the folds are cut from (the first ones); 0 = all.</summary>
    public int TrainImages { get; init; }

    /// <summary>Test images every clustering is scored on (the first ones); 0 = all.</summary>
    public int TestImages { get; init; }

    /// <summary>Autoencoder epochs per fold.</summary>
    public int Epochs { get; init; }

    /// <summary>The most DEC iterations per fold.</summary>
    public int DecIterations { get; init; }

    /// <summary>DEC iterations between target refreshes.</summary>
    public int UpdateInterval { get; init; }

    /// <summary>k-means seeds run on each published encoder's codes (one basin or more?).</summary>
    public int KMeansSeeds { get; init; }

    /// <summary>
    /// Folds on which our DEC starts from the original's published encoder; in the quick profile DEC then does a
    /// single target refresh, which checks the path only.
    /// </summary>
    public int PublishedEncoderFolds { get; init; }

    /// <summary>True when the numbers are comparable with the reported ones (the full protocol).</summary>
    public bool ComparesWithReported { get; init; }

    /// <summary>Subsets, 2 epochs, 120 DEC iterations: the path in a few minutes.</summary>
    public static FoldProtocol Quick { get; } = new()
    {
        Profile = ExperimentLog.Quick, TrainImages = 5_000, TestImages = 2_000, Epochs = 2, DecIterations = 120,
        UpdateInterval = 30, KMeansSeeds = 3, PublishedEncoderFolds = 1,
    };

    /// <summary>The original's protocol: all 60k/10k images, 100 epochs, at most 8,000 DEC iterations
    /// (hours).</summary>
    public static FoldProtocol Full { get; } = new()
    {
        Profile = ExperimentLog.Full, Epochs = 100, DecIterations = 8_000, UpdateInterval = 140, KMeansSeeds = 8,
        PublishedEncoderFolds = PublishedFoldModels.Folds, ComparesWithReported = true,
    };

    /// <summary>The protocol of <paramref name="profile"/> (<c>quick</c> or <c>full</c>).</summary>
    public static FoldProtocol For(string profile) => Profiles.Pick(profile, Quick, Full);

    /// <summary>This protocol with each value that is above zero put in place of the profile's.</summary>
    public FoldProtocol Override(int trainImages = 0, int testImages = 0, int epochs = 0, int decIterations = 0) =>
        this with
        {
            TrainImages = Profiles.Or(trainImages, TrainImages),
            TestImages = Profiles.Or(testImages, TestImages),
            Epochs = Profiles.Or(epochs, Epochs),
            DecIterations = Profiles.Or(decIterations, DecIterations),
        };

    /// <summary>How many of <paramref name="available"/> training images the protocol takes.</summary>
    public int TrainCount(long available) => Count(TrainImages, available);

    /// <summary>How many of <paramref name="available"/> test images the protocol takes.</summary>
    public int TestCount(long available) => Count(TestImages, available);

    private static int Count(int wanted, long available) => (int)(wanted > 0 ? Math.Min(wanted, available) : available);

    /// <summary>
    /// The original's autoencoder training: Keras' Adam (lr 1e-4), batch 32, MSE, the best validation epoch kept. A
    /// fold
    /// trains with its own seed.
    /// </summary>
    public TrainingOptions AutoencoderOptions => new()
    {
        Epochs = Epochs, BatchSize = 32, Optimizer = OptimizerKind.KerasAdam, LearningRate = 1e-4,
        Epsilon = KerasAdam.DefaultEpsilon, Loss = LossKind.MeanSquaredError, RestoreBestByValidation = true,
        ProgressInterval = 500,
    };

    /// <summary>
    /// The original's DEC (Keras_Deep_Clustering): SGD lr 0.01, momentum 0.9, batch 256, tolerance 0.001, k-means with
    /// 20
    /// restarts, the same batches in order every pass.
    /// </summary>
    public DecOptions DecOptions(int seed) => KerasDecSettings.Options(seed, DecIterations, UpdateInterval);

    /// <summary>DEC from a published encoder: the protocol's DEC, cut to one target refresh in the quick
    /// profile.</summary>
    public DecOptions PublishedEncoderDecOptions(int seed) =>
        ComparesWithReported ? DecOptions(seed) : DecOptions(seed) with { MaxIterations = UpdateInterval };

    /// <summary>The reported numbers when the profile is comparable with them, else null (a quick run is
    /// not).</summary>
    public ReportedNumber? Reported(ReportedNumber reported) => ComparesWithReported ? reported : null;

    /// <summary>The reported number when the profile is comparable with it, else null (a quick run is not).</summary>
    public double? Reported(double? reported) => ComparesWithReported ? reported : null;
}
