using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepClustering.Notebooks.Parameters;

/// <summary>Finds the top-level variable declarations of a parameters cell and their types (declared, or of the literal for <c>var</c>).</summary>
public static partial class ParameterCellParser
{
    [GeneratedRegex(@"^\s*#(!|r\s|i\s|load\s).*$", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();

    /// <summary>Parses the cell source; declarations are returned in order.</summary>
    public static IReadOnlyList<ParameterDefault> Parse(string source)
    {
        var code = DirectiveLine().Replace(source, "");
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var root = tree.GetCompilationUnitRoot();
        var declarations = new List<ParameterDefault>();
        foreach (var member in root.Members)
        {
            var declaration = member switch
            {
                FieldDeclarationSyntax field => field.Declaration,
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
                _ => null,
            };
            if (declaration is null)
                continue;
            foreach (var variable in declaration.Variables)
            {
                var initializer = variable.Initializer?.Value;
                var kind = declaration.Type.IsVar
                    ? KindOfLiteral(initializer)
                    : KindOfKeyword(declaration.Type.ToString());
                declarations.Add(new ParameterDefault(variable.Identifier.Text, kind, declaration.Type.ToString(), initializer?.ToString() ?? ""));
            }
        }
        return declarations;
    }

    private static ParameterKind KindOfKeyword(string type) => type switch
    {
        "string" or "String" or "System.String" or "string?" => ParameterKind.String,
        "int" or "Int32" or "System.Int32" => ParameterKind.Int,
        "long" or "Int64" or "System.Int64" => ParameterKind.Long,
        "double" or "Double" or "System.Double" => ParameterKind.Double,
        "float" or "Single" or "System.Single" => ParameterKind.Float,
        "decimal" or "Decimal" or "System.Decimal" => ParameterKind.Decimal,
        "bool" or "Boolean" or "System.Boolean" => ParameterKind.Bool,
        _ => ParameterKind.Unsupported,
    };

    private static ParameterKind KindOfLiteral(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression => ParameterKind.String,
            SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => ParameterKind.Bool,
            SyntaxKind.NumericLiteralExpression => literal.Token.Value switch
            {
                int => ParameterKind.Int,
                long => ParameterKind.Long,
                double => ParameterKind.Double,
                float => ParameterKind.Float,
                decimal => ParameterKind.Decimal,
                _ => ParameterKind.Unsupported,
            },
            _ => ParameterKind.Unsupported,
        },
        InterpolatedStringExpressionSyntax => ParameterKind.String,
        PrefixUnaryExpressionSyntax { OperatorToken.Text: "-" or "+" } unary => KindOfLiteral(unary.Operand),
        ParenthesizedExpressionSyntax parenthesized => KindOfLiteral(parenthesized.Expression),
        _ => ParameterKind.Unsupported,
    };
}
