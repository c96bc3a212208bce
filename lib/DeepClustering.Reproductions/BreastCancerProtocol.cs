namespace DeepClustering.Reproductions;

/// <summary>Experiment 1's protocol in one profile: the autoencoder's epochs (the rest is fixed by the
/// original).</summary>
/// <param name="Profile">The profile's name: <c>quick</c> or <c>full</c>.</param>
/// <param name="Epochs">Full-batch epochs of the tied sigmoid autoencoder.</param>
public sealed record BreastCancerProtocol(string Profile, int Epochs)
{
    /// <summary>2,000 epochs: CI's check.</summary>
    public static BreastCancerProtocol Quick { get; } = new(ExperimentLog.Quick, 2_000);

    /// <summary>The original's 10,000 epochs.</summary>
    public static BreastCancerProtocol Full { get; } = new(ExperimentLog.Full, 10_000);

    /// <summary>The protocol of <paramref name="profile"/>, with a parameter above zero in place of the profile's
    /// value.</summary>
    public static BreastCancerProtocol For(string profile, int epochs = 0)
    {
        var chosen = Profiles.Pick(profile, Quick, Full);
        return chosen with { Epochs = Profiles.Or(epochs, chosen.Epochs) };
    }
}
