using System.Reflection;
using System.Text.RegularExpressions;

namespace DeepClustering.Tests;

/// <summary>The test conventions the compiler's naming rules cannot express (see lib/CONVENTIONS.md).</summary>
public sealed class ConventionTests
{
    [Fact]
    public void Test_names_are_sentences_with_underscores()
    {
        var pattern = new Regex("^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$");
        var bad = typeof(ConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Where(name => !pattern.IsMatch(name[(name.LastIndexOf('.') + 1)..]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(bad.Count == 0, "test names must read like Sentence_case_with_underscores: " + string.Join(", ", bad));
    }
}
