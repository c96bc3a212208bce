namespace DeepClustering.Reproductions;

/// <summary>Experiment 3's protocol in one profile: the images of k-means on pixels, the autoencoder's images and
/// epochs.</summary>
/// <param name="Profile">The profile's name: <c>quick</c> or <c>full</c>.</param>
/// <param name="KMeansImages">Test images k-means on the pixels clusters.</param>
/// <param name="TrainImages">Training images of the autoencoder and of k-means on its codes.</param>
/// <param name="Epochs">Autoencoder epochs.</param>
public sealed record CifarDenseProtocol(string Profile, int KMeansImages, int TrainImages, int Epochs)
{
    /// <summary>2,000 and 8,000 images, 15 epochs: CI's check.</summary>
    public static CifarDenseProtocol Quick { get; } = new(ExperimentLog.Quick, 2_000, 8_000, 15);

    /// <summary>The original's 10,000 test and 50,000 training images, 50 epochs.</summary>
    public static CifarDenseProtocol Full { get; } = new(ExperimentLog.Full, 10_000, 50_000, 50);

    /// <summary>The protocol of <paramref name="profile"/>, with each parameter above zero in place of the profile's
    /// value.</summary>
    public static CifarDenseProtocol For(string profile, int kmeansImages = 0, int trainImages = 0, int epochs = 0)
    {
        var chosen = Profiles.Pick(profile, Quick, Full);
        return chosen with
        {
            KMeansImages = Profiles.Or(kmeansImages, chosen.KMeansImages),
            TrainImages = Profiles.Or(trainImages, chosen.TrainImages),
            Epochs = Profiles.Or(epochs, chosen.Epochs),
        };
    }
}
