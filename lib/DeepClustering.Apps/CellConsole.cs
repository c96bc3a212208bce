using System.Text;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Apps;

/// <summary>A console stream that sends what a cell writes to that cell's outputs (which echo it to the terminal).</summary>
internal sealed class CellConsole(string stream, Func<CellOutputCollector> current) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => current().WriteStream(stream, value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
            current().WriteStream(stream, value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    public override void WriteLine() => Write("\n");
}
