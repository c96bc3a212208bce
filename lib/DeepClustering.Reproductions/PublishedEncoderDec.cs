using DeepClustering.Deep;

namespace DeepClustering.Reproductions;

/// <summary>Our DEC started from the original's published encoder of one fold.</summary>
/// <param name="Fold">The fold number.</param>
/// <param name="Accuracy">Majority accuracy on the test images.</param>
/// <param name="Summary">DEC's iterations, refresh history and time.</param>
/// <param name="FromCache">True when the DEC model was loaded from the model cache.</param>
public sealed record PublishedEncoderDec(int Fold, double Accuracy, DecSummary Summary, bool FromCache);
