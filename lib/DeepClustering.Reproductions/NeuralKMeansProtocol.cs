namespace DeepClustering.Reproductions;

/// <summary>Experiment 2's protocol in one profile: the fitting set, the rounds and the further seeds of the
/// spread.</summary>
/// <param name="Profile">The profile's name: <c>quick</c> or <c>full</c>.</param>
/// <param name="TrainImages">Training images neural k-means fits on (a seeded pick).</param>
/// <param name="Rounds">Rounds of train, predict, recompute (the original's 20 in both profiles).</param>
/// <param name="SpreadSeeds">Further seeds run to show the spread over seeds.</param>
public sealed record NeuralKMeansProtocol(string Profile, int TrainImages, int Rounds, int SpreadSeeds)
{
    /// <summary>6,000 training images, 2 further seeds: CI's check.</summary>
    public static NeuralKMeansProtocol Quick { get; } = new(ExperimentLog.Quick, 6_000, 20, 2);

    /// <summary>The original's 60,000 training images, and 10 further seeds.</summary>
    public static NeuralKMeansProtocol Full { get; } = new(ExperimentLog.Full, 60_000, 20, 10);

    /// <summary>The protocol of <paramref name="profile"/>, with each parameter above zero in place of the profile's
    /// value.</summary>
    public static NeuralKMeansProtocol For(string profile, int trainImages = 0, int rounds = 0, int spreadSeeds = 0)
    {
        var chosen = Profiles.Pick(profile, Quick, Full);
        return chosen with
        {
            TrainImages = Profiles.Or(trainImages, chosen.TrainImages),
            Rounds = Profiles.Or(rounds, chosen.Rounds),
            SpreadSeeds = Profiles.Or(spreadSeeds, chosen.SpreadSeeds),
        };
    }
}
