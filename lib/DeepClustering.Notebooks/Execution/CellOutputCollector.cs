using System.Text;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Collects one cell's outputs in the order they happen (streams, displays, errors) and echoes them to the terminal.</summary>
/// <remarks>Thread-safe: cells may write from tasks and threads they start.</remarks>
public sealed class CellOutputCollector
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly TerminalEcho? _echo;

    /// <summary>Creates a collector; <paramref name="echo"/> (optional) receives a live copy for the terminal.</summary>
    public CellOutputCollector(TerminalEcho? echo) => _echo = echo;

    /// <summary>Appends text to the stdout or stderr stream output (merging with the previous chunk of the same stream).</summary>
    public void WriteStream(string name, string text)
    {
        if (text.Length == 0)
            return;
        lock (_gate)
        {
            if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == name)
                last.Text.Append(text);
            else
            {
                var stream = new StreamOutput(name);
                stream.Text.Append(text);
                _outputs.Add(stream);
            }
            _echo?.Write(name, text);
        }
    }

    /// <summary>Adds a display_data output and returns it so that it can be updated later.</summary>
    public DisplayOutput AddDisplay(MimeBundle data)
    {
        lock (_gate)
        {
            var output = new DisplayOutput(data);
            _outputs.Add(output);
            _echo?.Display(data, updated: false);
            return output;
        }
    }

    /// <summary>Replaces the data of an earlier display (a live-progress update).</summary>
    public void UpdateDisplay(DisplayOutput output, MimeBundle data)
    {
        lock (_gate)
        {
            output.Data = data;
            _echo?.Display(data, updated: true);
        }
    }

    /// <summary>Adds an error output.</summary>
    public void AddError(ErrorOutput error)
    {
        lock (_gate)
        {
            _outputs.Add(error);
            _echo?.Error(error);
        }
    }

    /// <summary>The outputs so far, in order.</summary>
    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (_gate)
            return _outputs.ToArray();
    }

    /// <summary>All stream text of one stream, concatenated (for tests and TRX).</summary>
    public string StreamText(string name)
    {
        lock (_gate)
        {
            var builder = new StringBuilder();
            foreach (var output in _outputs.OfType<StreamOutput>().Where(s => s.Name == name))
                builder.Append(output.Text);
            return builder.ToString();
        }
    }
}
