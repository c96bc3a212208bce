using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepClustering.Notebooks.Export;

/// <summary>
/// The names a cell declares, by where C# scopes them once the cells are one file. In the kernel each cell is its own
/// submission, so a later cell may declare a name again, or an earlier cell's loop may use a name a later cell declares
/// at top level; in a file-based app all cells share one top-level scope, where both are compile errors (CS0128,
/// CS0136). The exporter finds them first and names both cells.
/// </summary>
internal sealed record CellScopes(IReadOnlyList<(string Name, int Line)> TopLevel, IReadOnlyList<(string Name, int Line)> Nested)
{
    /// <summary>The declarations of a parsed cell: top-level ones, and those in nested blocks outside lambdas and local functions.</summary>
    public static CellScopes Of(CompilationUnitSyntax root)
    {
        var top = new List<(string, int)>();
        var nested = new List<(string, int)>();
        foreach (var (identifier, node) in Declarations(root))
        {
            var declared = (identifier.ValueText, identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            switch (ScopeOf(node, root))
            {
                case Scope.TopLevel:
                    top.Add(declared);
                    break;
                case Scope.Nested:
                    nested.Add(declared);
                    break;
            }
        }
        return new CellScopes(top, nested);
    }

    private enum Scope { TopLevel, Nested, OwnFunction }

    private static IEnumerable<(SyntaxToken Identifier, SyntaxNode Node)> Declarations(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    yield return (variable.Identifier, variable);
                    break;
                case SingleVariableDesignationSyntax designation:
                    yield return (designation.Identifier, designation);
                    break;
                case ForEachStatementSyntax loop:
                    yield return (loop.Identifier, loop.Statement); // the loop variable lives in the loop
                    break;
                case CatchDeclarationSyntax { Identifier.RawKind: not 0 } caught:
                    yield return (caught.Identifier, caught.Parent!);
                    break;
            }
        }
    }

    // Lambdas and local functions may reuse an outer name (C# 8); blocks, loops, switch sections and catch clauses may not.
    // Variables declared in an if statement's condition belong to the statement's own scope ("wide" scope, C# 7).
    private static Scope ScopeOf(SyntaxNode node, SyntaxNode root)
    {
        var nested = false;
        for (var current = node.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or BaseTypeDeclarationSyntax)
                return Scope.OwnFunction;
            if (current is IfStatementSyntax statement && statement.Condition.Span.Contains(node.Span))
                continue;
            nested |= current is BlockSyntax or ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax
                or DoStatementSyntax or UsingStatementSyntax or IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax
                or CatchClauseSyntax or SwitchExpressionArmSyntax or QueryExpressionSyntax or LockStatementSyntax or FixedStatementSyntax;
        }
        return nested ? Scope.Nested : Scope.TopLevel;
    }
}
