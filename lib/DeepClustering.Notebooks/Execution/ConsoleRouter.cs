using System.Text;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Routes Console.Out and Console.Error to the running cell's outputs, and to the real terminal elsewhere.</summary>
/// <remarks>Routing follows <see cref="CellContext"/> (an AsyncLocal), so several runners in one process (tests) do not mix output.</remarks>
public static class ConsoleRouter
{
    private static readonly object Gate = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;

    /// <summary>The terminal's stdout as it was before routing was installed.</summary>
    public static TextWriter TerminalOut { get; private set; } = Console.Out;

    /// <summary>The terminal's stderr as it was before routing was installed.</summary>
    public static TextWriter TerminalError { get; private set; } = Console.Error;

    /// <summary>Installs the routing writers (idempotent; re-installs if someone replaced Console.Out or Console.Error).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            // Console.SetOut wraps the writer in a synchronised one, so compare with what Console.Out returned after installing.
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                TerminalOut = Console.Out;
                Console.SetOut(new RoutingWriter("stdout", TerminalOut));
                _installedOut = Console.Out;
            }
            if (!ReferenceEquals(Console.Error, _installedError))
            {
                TerminalError = Console.Error;
                Console.SetError(new RoutingWriter("stderr", TerminalError));
                _installedError = Console.Error;
            }
        }
    }

    private sealed class RoutingWriter(string stream, TextWriter terminal) : TextWriter
    {
        public override Encoding Encoding => terminal.Encoding;

        public override IFormatProvider FormatProvider => terminal.FormatProvider;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value) => Route(value ?? "");

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Route(new string(buffer));

        public override void WriteLine() => Route(NewLine);

        public override void WriteLine(string? value) => Route((value ?? "") + NewLine);

        public override void WriteLine(ReadOnlySpan<char> buffer) => Route(new string(buffer) + NewLine);

        public override void Flush()
        {
            if (CellContext.Current is null)
                terminal.Flush();
        }

        private void Route(string text)
        {
            if (CellContext.Current is { } cell)
                cell.WriteStream(stream, text);
            else
                terminal.Write(text);
        }
    }
}
