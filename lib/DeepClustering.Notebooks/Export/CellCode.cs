using System.Text;
using DeepClustering.Notebooks.Kernel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepClustering.Notebooks.Export;

/// <summary>
/// One C# code cell taken apart for a file-based app: its <c>using</c> directives (hoisted to the top of the file), its
/// statements in order (display calls and the trailing expression sent to the app, parameters read from the command
/// line), its type declarations (which C# wants after the top-level statements) and the packages it <c>#r</c>s.
/// </summary>
internal sealed class CellCode
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private static readonly HashSet<string> KernelOnly = new(StringComparer.Ordinal) { "HTML", "Javascript", "CSS", "Kernel", "Markdown" };

    private CellCode(List<string> usings, string statements, List<string> types, List<string> packages, CellScopes scopes)
    {
        Scopes = scopes;
        Usings = usings;
        Statements = statements;
        Types = types;
        Packages = packages;
    }

    /// <summary>The cell's using directives, as written.</summary>
    public IReadOnlyList<string> Usings { get; }

    /// <summary>The cell's statements, rewritten for the app, with their comments.</summary>
    public string Statements { get; }

    /// <summary>The cell's type declarations.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The names the cell declares, by scope.</summary>
    public CellScopes Scopes { get; }

    /// <summary>The NuGet packages the cell references, as <c>Name@Version</c>.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The identifiers a cell's code uses (to pick a name for the app object that no cell uses).</summary>
    public static IEnumerable<string> Identifiers(string source) =>
        CSharpSyntaxTree.ParseText(WithoutDirectives(source, _ => { }), Script).GetRoot()
            .DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText);

    /// <summary>Takes the cell apart; <paramref name="app"/> is the app object's name, <paramref name="isParameters"/> marks the parameters cell.</summary>
    /// <exception cref="ExportException">A directive, kernel or construct a file-based app cannot run; the message names the cell and line.</exception>
    public static CellCode Translate(string where, string source, string app, bool isParameters)
    {
        var packages = new List<string>();
        var code = WithoutDirectives(source, directive => { if (Package(where, directive) is { Length: > 0 } package) packages.Add(package); });
        var tree = CSharpSyntaxTree.ParseText(code, Script);
        var root = tree.GetCompilationUnitRoot();
        if (root.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw new ExportException($"{where}, line {error.Location.GetLineSpan().StartLinePosition.Line + 1}: {error.GetMessage()}");
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            if (call.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && KernelOnly.Contains(name))
                throw new ExportException(
                    $"{where}, line {Line(call)}: {name}(...) is a .NET Interactive kernel function, which a file-based app does not have; display a value instead.");
        var scopes = CellScopes.Of(root);
        root = (CompilationUnitSyntax)new AppRewriter(app, isParameters).Visit(root);

        var usings = root.Usings.Select(u => u.WithoutTrivia().ToString()).ToList();
        var statements = new StringBuilder();
        var types = new List<string>();
        var members = root.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            switch (member)
            {
                case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } trailing } when i == members.Count - 1:
                    statements.Append(trailing.GetLeadingTrivia().ToFullString()).Append(Show(app, trailing.Expression.WithoutTrivia())).Append(";\n");
                    break;
                case GlobalStatementSyntax:
                    statements.Append(member.ToFullString());
                    break;
                case FieldDeclarationSyntax { Modifiers.Count: 0 } field:
                    statements.Append(field.ToFullString());
                    break;
                case MethodDeclarationSyntax method when method.Modifiers.All(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.AsyncKeyword)):
                    statements.Append(method.ToFullString()); // a top-level method of a script is a local function of the app
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Add(member.ToFullString().Trim());
                    break;
                default:
                    throw new ExportException($"{where}, line {Line(member)}: a {member.Kind()} cannot be a top-level statement of a file-based app.");
            }
        }
        return new CellCode(usings, statements.ToString().Trim('\n', '\r'), types, packages, scopes);
    }

    // A trailing value is shown as the kernel shows it. A trailing call may return nothing, which only a lambda can pass
    // on without knowing its type: ShowResult(Action) takes the void call, ShowResult(Func<object>) the value.
    private static string Show(string app, ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax or ConditionalAccessExpressionSyntax
            ? $"{app}.ShowResult(() => {expression})"
            : $"{app}.Show({expression})";

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    // The kernel's directive lines (#load, #r, #i, #!) become blank lines, so that line numbers stay those of the cell.
    private static string WithoutDirectives(string source, Action<string> reference)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#load ", StringComparison.Ordinal) || line.StartsWith("#r ", StringComparison.Ordinal)
                || line.StartsWith("#i ", StringComparison.Ordinal) || line.StartsWith("#!", StringComparison.Ordinal))
            {
                reference(line);
                lines[i] = "";
            }
        }
        return string.Join("\n", lines);
    }

    // #load "setup.csx" is what NotebookApp.Start does; #r "nuget: Name, Version" becomes a #:package directive.
    private static string Package(string where, string directive)
    {
        if (directive.StartsWith("#load ", StringComparison.Ordinal) && directive.TrimEnd('"').EndsWith("setup.csx", StringComparison.Ordinal))
            return "";
        const string nuget = "#r \"nuget:";
        if (directive.StartsWith(nuget, StringComparison.Ordinal))
        {
            var parts = directive[nuget.Length..].TrimEnd('"').Split(',', StringSplitOptions.TrimEntries);
            return parts.Length == 2 ? $"{parts[0]}@{parts[1]}" : parts[0];
        }
        throw new ExportException(
            $"{where}: '{directive}' is a .NET Interactive directive a file-based app cannot follow (only #load \"setup.csx\" and #r \"nuget: ...\" are translated).");
    }

    // display(x) goes to the app; in the parameters cell, each default is read through the app's command line.
    private sealed class AppRewriter(string app, bool isParameters) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
            return visited.Expression is IdentifierNameSyntax { Identifier.ValueText: "display" } name
                ? visited.WithExpression(SyntaxFactory.ParseExpression($"{app}.Display").WithTriviaFrom(name))
                : visited;
        }

        public override SyntaxNode? VisitVariableDeclaration(VariableDeclarationSyntax node)
        {
            if (!isParameters || node.Parent is not (LocalDeclarationStatementSyntax { Parent: GlobalStatementSyntax } or FieldDeclarationSyntax))
                return base.VisitVariableDeclaration(node);
            var typeArgument = node.Type.IsVar ? "" : $"<{node.Type}>";
            return node.WithVariables(SyntaxFactory.SeparatedList(node.Variables.Select(variable =>
                variable.Initializer is { } initializer
                    ? variable.WithInitializer(initializer.WithValue(SyntaxFactory.ParseExpression(
                        $"{app}.Parameter{typeArgument}(\"{variable.Identifier.ValueText}\", {initializer.Value})").WithTriviaFrom(initializer.Value)))
                    : variable), node.Variables.GetSeparators()));
        }
    }
}
