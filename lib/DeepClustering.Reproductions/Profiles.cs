namespace DeepClustering.Reproductions;

/// <summary>What the protocol records share: choosing the profile's instance and overriding a value by a
/// parameter.</summary>
internal static class Profiles
{
    /// <summary><paramref name="quick"/> or <paramref name="full"/> as <paramref name="profile"/> names them.</summary>
    public static T Pick<T>(string profile, T quick, T full) =>
        OptionChoice.Parse(nameof(profile), profile, (ExperimentLog.Quick, quick), (ExperimentLog.Full, full));

    /// <summary>A notebook parameter above zero, else the profile's value.</summary>
    public static int Or(int parameter, int profileValue) => parameter > 0 ? parameter : profileValue;
}
