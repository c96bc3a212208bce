using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Resolves <c>#r</c> like Roslyn's script resolver and hands every file it resolves to <see cref="AssemblyProbe"/>.</summary>
public sealed class RecordingMetadataResolver(ScriptMetadataResolver inner) : MetadataReferenceResolver
{
    /// <inheritdoc />
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    /// <inheritdoc />
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        Record(inner.ResolveReference(reference, baseFilePath, properties));

    /// <inheritdoc />
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity) is { } resolved ? Record([resolved])[0] : null;

    /// <inheritdoc />
    public override bool Equals(object? other) => other is RecordingMetadataResolver resolver && inner.Equals(resolver.Inner);

    /// <inheritdoc />
    public override int GetHashCode() => inner.GetHashCode();

    private ScriptMetadataResolver Inner => inner;

    private static ImmutableArray<PortableExecutableReference> Record(ImmutableArray<PortableExecutableReference> references)
    {
        foreach (var reference in references)
        {
            if (reference.FilePath is { } path && !FrameworkReferences.AssemblyNames.Contains(Path.GetFileNameWithoutExtension(path)))
                AssemblyProbe.RegisterFile(path);
        }
        return references;
    }
}
