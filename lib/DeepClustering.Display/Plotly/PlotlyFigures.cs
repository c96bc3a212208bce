using System.Reflection;
using System.Runtime.ExceptionServices;

namespace DeepClustering.Display.Plotly;

/// <summary>
/// The bridge to DeepClustering.PlotlyFigures.dll, loaded once into a <see cref="PlotlyLoadContext"/> from the plotly/
/// folder beside this assembly. Calls pass and return only BCL types (arrays, strings, numbers), which both contexts share.
/// </summary>
internal static class PlotlyFigures
{
    /// <summary>The folder, beside DeepClustering.Display.dll, that holds the isolated chart builder and its dependencies.</summary>
    public const string FolderName = "plotly";

    private const string AssemblyName = "DeepClustering.PlotlyFigures";

    private static readonly Lazy<Assembly> Builder = new(LoadBuilder, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Calls the builder's <c>Figures.<paramref name="method"/></c> with <paramref name="arguments"/> followed by the
    /// layout (title, x title, y title, width, height) and wraps the figure JSON it returns.
    /// </summary>
    public static PlotlyFigure Build(string method, ChartFrame frame, params object?[] arguments) =>
        new((string)Invoke("Figures", method, [.. arguments, frame.Title, frame.XTitle, frame.YTitle, frame.Width, frame.Height, .. frame.Extra]),
            frame.Title, frame.Width, frame.Height);

    /// <summary>Calls a public static method of one of the builder's types and returns its result.</summary>
    public static object Invoke(string type, string method, params object?[] arguments)
    {
        var target = Builder.Value.GetType($"{AssemblyName}.{type}", throwOnError: true)!
            .GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException($"{AssemblyName}.{type}", method);
        try
        {
            return target.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static Assembly LoadBuilder()
    {
        string folder = Path.Combine(Path.GetDirectoryName(typeof(PlotlyFigures).Assembly.Location) ?? ".", FolderName);
        string path = Path.Combine(folder, AssemblyName + ".dll");
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The chart builder {path} is missing: build the solution (dotnet build DeepClustering.slnx -c Release), which copies it with Plotly.NET into {folder}.", path);
        var context = new PlotlyLoadContext(folder);
        // FSharp.Core first, so that Plotly.NET, DynamicObj and Giraffe.ViewEngine all bind to this one copy.
        context.LoadFromAssemblyPath(Path.Combine(folder, "FSharp.Core.dll"));
        return context.LoadFromAssemblyPath(path);
    }
}
