using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Apps;

/// <summary>
/// The command line of an exported notebook app: <c>--param name=value</c> (repeatable), checked and typed against the
/// notebook's parameters cell exactly as <c>deep-clustering run</c> checks them, and <c>--help</c>.
/// </summary>
public sealed class AppArguments
{
    private readonly Dictionary<string, object> _values;

    private AppArguments(IReadOnlyList<ParameterDefault> declared, Dictionary<string, object> values, bool help)
    {
        Declared = declared;
        _values = values;
        HelpRequested = help;
    }

    /// <summary>The parameters the notebook declares, in order.</summary>
    public IReadOnlyList<ParameterDefault> Declared { get; }

    /// <summary>Whether <c>--help</c> (or <c>-h</c>) was given.</summary>
    public bool HelpRequested { get; }

    /// <summary>Parses <paramref name="args"/> against the declarations of <paramref name="parametersCell"/>.</summary>
    /// <exception cref="ParameterException">
    /// An unknown argument or parameter, a parameter given twice, or a value that does not parse as its default's type.
    /// </exception>
    public static AppArguments Parse(IReadOnlyList<string> args, string parametersCell)
    {
        var texts = new List<string>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
                help = true;
            else if (arg == "--param" && i + 1 < args.Count)
                texts.Add(args[++i]);
            else if (arg.StartsWith("--param=", StringComparison.Ordinal))
                texts.Add(arg["--param=".Length..]);
            else
                throw new ParameterException($"Unknown argument '{arg}'; expected --param name=value (repeatable) or --help.");
        }
        var declared = ParameterCellParser.Parse(parametersCell);
        var values = ParameterInjector.Convert(declared, ParameterArguments.Split(texts))
            .ToDictionary(v => v.Parameter.Name, v => v.Value, StringComparer.Ordinal);
        return new AppArguments(declared, values, help);
    }

    /// <summary>The value given for <paramref name="name"/>, or <paramref name="fallback"/> (the notebook's default).</summary>
    public T Get<T>(string name, T fallback) =>
        _values.TryGetValue(name, out var value) ? (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture) : fallback;

    /// <summary>A usage text that lists the parameters with their defaults.</summary>
    public string Usage(string appName) =>
        $"usage: dotnet run {appName}.cs -- [--param name=value ...]\nparameters (default):\n" +
        string.Join("\n", Declared.Select(d => $"  {d.Name} ({d.TypeText}) = {d.DefaultText}"));
}
