namespace DeepClustering.Notebooks.Parameters;

/// <summary>The C# types a parameter default can have for <c>--param</c> to override it.</summary>
public enum ParameterKind
{
    /// <summary>A type the runner cannot override from the command line.</summary>
    Unsupported,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>long</c>.</summary>
    Long,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>float</c>.</summary>
    Float,

    /// <summary><c>decimal</c>.</summary>
    Decimal,

    /// <summary><c>bool</c>.</summary>
    Bool,
}
