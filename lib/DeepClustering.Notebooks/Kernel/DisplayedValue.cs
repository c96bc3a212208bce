using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>A value shown by display(); <see cref="Update"/> replaces what is shown (live progress), as in the Polyglot kernel.</summary>
public sealed class DisplayedValue
{
    private readonly CellOutputCollector? _collector;
    private readonly DisplayOutput? _output;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(CellOutputCollector? collector, DisplayOutput? output, string[] mimeTypes)
    {
        _collector = collector;
        _output = output;
        _mimeTypes = mimeTypes;
    }

    /// <summary>The MIME types the value is shown in.</summary>
    public IReadOnlyCollection<string> MimeTypes => _mimeTypes;

    /// <summary>Shows <paramref name="updatedValue"/> in place of the current value (in the saved notebook, the display's data is replaced).</summary>
    public void Update(object? updatedValue)
    {
        var bundle = DisplayFormatter.Format(updatedValue, _mimeTypes);
        if (_collector is not null && _output is not null)
            _collector.UpdateDisplay(_output, bundle);
        else
            Console.WriteLine(bundle.Get(_mimeTypes[0]));
    }
}
