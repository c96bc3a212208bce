namespace DeepClustering.Notebooks;

/// <summary>Exit codes of the <c>run</c> command; with several notebooks the largest one wins.</summary>
public static class RunExitCode
{
    /// <summary>Every cell of every notebook succeeded.</summary>
    public const int Success = 0;

    /// <summary>The command line could not be parsed (System.CommandLine's own code).</summary>
    public const int UsageError = 1;

    /// <summary>A cell failed: compile error, exception, unsupported kernel or NuGet error.</summary>
    public const int CellFailed = 2;

    /// <summary>A cell ran past <c>--timeout</c> and was stopped.</summary>
    public const int CellTimedOut = 3;

    /// <summary>A notebook could not be run at all: missing or invalid file, bad <c>--param</c>, unusable output location, output would overwrite a source, no notebooks.</summary>
    public const int InvalidInput = 4;

    /// <summary>A cell ended the kernel process (Environment.Exit, a crash such as a stack overflow); the rest did not run.</summary>
    public const int KernelEnded = 5;

    /// <summary>The help text describing these codes, for command descriptions.</summary>
    public const string Description =
        "Exit codes: 0 every cell succeeded; 1 bad command line; 2 a cell failed (compile error, exception, " +
        "unsupported kernel, NuGet error); 3 a cell timed out; 4 a notebook could not be run (missing or invalid file, " +
        "unknown, ill-typed or non-finite --param, unusable output location, output would overwrite a source, no notebooks; " +
        "checked before any cell runs); 5 a cell ended the kernel (Environment.Exit, a crash). With several notebooks the " +
        "largest code wins.";
}
