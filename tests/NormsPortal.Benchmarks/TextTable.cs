namespace NormsPortal.Benchmarks;

/// <summary>
/// A table printed as padded Markdown: readable in a terminal and pasted as is into
/// docs/benchmarks.md. The columns named in <c>rightAligned</c> hold numbers and are right-aligned.
/// </summary>
internal sealed class TextTable(IReadOnlyList<string> headers, IReadOnlySet<string> rightAligned)
{
    private readonly List<string[]> _rows = [];

    public void AddRow(params string[] cells)
    {
        if (cells.Length != headers.Count)
        {
            throw new ArgumentException($"A row needs {headers.Count} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter output)
    {
        var widths = headers.Select((header, column) => _rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        WriteLine(output, headers, widths);
        output.WriteLine("|" + string.Join("|", widths.Select((width, column) =>
            IsRight(column) ? new string('-', width + 1) + ":" : new string('-', width + 2))) + "|");
        foreach (var row in _rows)
        {
            WriteLine(output, row, widths);
        }
    }

    private void WriteLine(TextWriter output, IReadOnlyList<string> cells, int[] widths) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select((cell, column) =>
            IsRight(column) ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))) + " |");

    private bool IsRight(int column) => rightAligned.Contains(headers[column]);
}
