namespace DeepClustering.Notebooks.Parameters;

/// <summary>A variable declared in the parameters cell: its name, type and the text of its default.</summary>
public sealed record ParameterDefault(string Name, ParameterKind Kind, string TypeText, string DefaultText);
