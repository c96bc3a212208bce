using System.Text.Json.Nodes;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Tests.Notebooks;

public sealed class DocumentTests
{
    [Theory]
    [InlineData("{ \"cells\": [", "nb.ipynb, line 1: invalid JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{ \"nbformat\": 3, \"cells\": [] }", "expected \"nbformat\": 4, found 3")]
    [InlineData("{ \"nbformat\": 4 }", "expected a \"cells\" array")]
    [InlineData("{ \"nbformat\": 4, \"cells\": [ { \"cell_type\": \"widget\" } ] }", "cell 0: expected cell_type code, markdown or raw")]
    [InlineData("{ \"nbformat\": 4, \"cells\": [ { \"cell_type\": \"code\", \"source\": 5 } ] }", "cell 0: source")]
    public void Bad_notebook_names_the_file_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse(json, "nb.ipynb"));
        Assert.StartsWith("nb.ipynb", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Round_trip_keeps_unknown_fields_and_gives_missing_ids()
    {
        const string json = """
            { "nbformat": 4, "nbformat_minor": 2, "metadata": { "custom": { "k": 1 } },
              "cells": [ { "cell_type": "markdown", "metadata": { "x": true }, "source": ["a\n", "b"] } ] }
            """;
        var notebook = NotebookDocument.Parse(json, "nb.ipynb");
        CellIds.Normalize(notebook.Cells);
        var written = JsonNode.Parse(notebook.ToJson())!;

        Assert.Equal(5, written["nbformat_minor"]!.GetValue<int>());
        Assert.Equal(1, written["metadata"]!["custom"]!["k"]!.GetValue<int>());
        Assert.True(written["cells"]![0]!["metadata"]!["x"]!.GetValue<bool>());
        Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", written["cells"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("a\nb", notebook.Cells[0].Source);
    }

    [Fact]
    public void Mime_bundle_writes_json_as_json_images_as_Base64_and_text_as_lines()
    {
        var bundle = new MimeBundle();
        bundle.Set("application/vnd.plotly.v1+json", "{\"data\":[]}");
        bundle.Set("image/png", "data:image/png;base64,iVBO\nRw0K");
        bundle.Set("text/html", "<p>\n</p>");
        var json = bundle.ToJson();

        Assert.IsType<JsonObject>(json["application/vnd.plotly.v1+json"]);
        Assert.Equal("iVBORw0K", json["image/png"]!.GetValue<string>());
        Assert.Equal(["<p>\n", "</p>"], json["text/html"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void Parameters_cell_declarations_are_typed()
    {
        var defaults = ParameterCellParser.Parse("#r \"x.dll\"\nint a = 1;\nvar b = 2.5;\nvar c = \"s\";\nbool d = true;\nvar e = -3L;\nvar f = new List<int>();\nfloat g = 1f;");

        Assert.Equal(
            [ParameterKind.Int, ParameterKind.Double, ParameterKind.String, ParameterKind.Bool, ParameterKind.Long, ParameterKind.Unsupported, ParameterKind.Float],
            defaults.Select(d => d.Kind));
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g"], defaults.Select(d => d.Name));
    }

    [Theory]
    [InlineData(ParameterKind.String, "a\"b", "\"a\\\"b\"")]
    [InlineData(ParameterKind.Int, "-4", "-4")]
    [InlineData(ParameterKind.Double, "1e-3", "0.001d")]
    [InlineData(ParameterKind.Bool, "False", "false")]
    [InlineData(ParameterKind.Long, "5", "5L")]
    public void Command_line_values_become_CSharp_literals(ParameterKind kind, string text, string literal) =>
        Assert.Equal(literal, ParameterLiteral.Convert(new ParameterDefault("p", kind, "t", "d"), text).Literal);
}
