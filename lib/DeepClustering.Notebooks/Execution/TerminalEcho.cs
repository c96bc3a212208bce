using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Echoes a cell's outputs live to the real terminal, each line prefixed with the cell number.</summary>
public sealed class TerminalEcho
{
    private const int MaxEchoChars = 2000;
    private const int MaxEchoLines = 12;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly string _prefix;
    private static readonly TimeSpan MinUpdateInterval = TimeSpan.FromSeconds(1);
    private readonly System.Diagnostics.Stopwatch _lastUpdateEcho = new();
    private bool _outAtLineStart = true;
    private bool _errAtLineStart = true;

    /// <summary>Creates an echo for cell <paramref name="cellNumber"/> writing to the given terminal streams.</summary>
    public TerminalEcho(TextWriter stdout, TextWriter stderr, int cellNumber)
    {
        _out = stdout;
        _err = stderr;
        _prefix = $"[{cellNumber}] ";
    }

    /// <summary>Echoes stream text, prefixing each new line.</summary>
    public void Write(string stream, string text)
    {
        var isErr = stream == "stderr";
        var writer = isErr ? _err : _out;
        var atLineStart = isErr ? _errAtLineStart : _outAtLineStart;
        var start = 0;
        while (start < text.Length)
        {
            if (atLineStart)
                writer.Write(_prefix);
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            writer.Write(text.AsSpan(start, end - start));
            atLineStart = newline >= 0;
            start = end;
        }
        writer.Flush();
        if (isErr)
            _errAtLineStart = atLineStart;
        else
            _outAtLineStart = atLineStart;
    }

    /// <summary>Echoes a display: its text/plain form when it has one, otherwise a one-line summary (updates at most once a second).</summary>
    public void Display(MimeBundle data, bool updated)
    {
        if (updated && _lastUpdateEcho.IsRunning && _lastUpdateEcho.Elapsed < MinUpdateInterval)
            return;
        if (updated)
            _lastUpdateEcho.Restart();
        var text = data.Get("text/plain");
        var summary = text is not null
            ? Truncate(text)
            : $"<{string.Join(", ", data.MimeTypes)} output>";
        WriteLineBlock(_out, (updated ? "(updated) " : "") + summary, ref _outAtLineStart);
    }

    /// <summary>Echoes an error to stderr.</summary>
    public void Error(ErrorOutput error) =>
        WriteLineBlock(_err, $"{error.Name}: {error.Value}", ref _errAtLineStart);

    private void WriteLineBlock(TextWriter writer, string text, ref bool atLineStart)
    {
        if (!atLineStart)
            writer.WriteLine();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
            writer.WriteLine(_prefix + line.TrimEnd('\r'));
        writer.Flush();
        atLineStart = true;
    }

    private static string Truncate(string text)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        if (lines.Length > MaxEchoLines)
            text = string.Join('\n', lines[..MaxEchoLines]) + $"\n... ({lines.Length - MaxEchoLines} more lines)";
        return text.Length <= MaxEchoChars ? text : text[..MaxEchoChars] + $"... ({text.Length - MaxEchoChars} more characters)";
    }
}
