using System.Text;
using UglyToad.PdfPig.Content;

namespace NormsPortal.Data.Import.Files.Pdf;

/// <summary>
/// Rebuilds a page's printed lines from its letters' positions. Letters on one baseline form a
/// line; a smaller letter raised above a line's baseline (a footnote marker) or slightly lowered
/// belongs to that line, written where it stands, so "2015" with a superscript "2" reads "20152"
/// as in any extraction. Within a line, a gap wider than a fraction of an em is a space, and one
/// of several ems splits the line into segments (columns).
/// </summary>
internal static class PdfLineBuilder
{
    // Fractions of the line's font size.
    private const double SameBaseline = 0.25;
    private const double SmallerLetter = 0.9;
    private const double RaisedAtMost = 0.6;
    private const double LoweredAtMost = 0.3;
    private const double WordGap = 0.15;
    private const double ColumnGap = 3.0;

    public static IReadOnlyList<PdfLine> Build(IEnumerable<Letter> letters)
    {
        var lines = new List<LineLetters>();
        var printable = letters
            .Where(letter => letter.TextOrientation == TextOrientation.Horizontal && letter.Value.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c)))
            .OrderByDescending(SizeOf)
            .ThenByDescending(letter => letter.StartBaseLine.Y)
            .ThenBy(letter => letter.StartBaseLine.X);
        foreach (var letter in printable)
        {
            var line = lines.Find(candidate => candidate.Takes(letter));
            if (line is null)
            {
                line = new LineLetters(letter.StartBaseLine.Y, SizeOf(letter));
                lines.Add(line);
            }

            line.Letters.Add(letter);
        }

        return lines.OrderByDescending(line => line.Baseline).Select(line => line.ToLine()).ToList();
    }

    private static double SizeOf(Letter letter) => letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;

    private sealed class LineLetters(double baseline, double fontSize)
    {
        public double Baseline { get; } = baseline;

        public List<Letter> Letters { get; } = [];

        public bool Takes(Letter letter)
        {
            var rise = letter.StartBaseLine.Y - Baseline;
            if (Math.Abs(rise) <= SameBaseline * fontSize)
            {
                return true;
            }

            var smaller = SizeOf(letter) < SmallerLetter * fontSize;
            return smaller && (rise > 0 ? rise <= RaisedAtMost * fontSize : -rise <= LoweredAtMost * fontSize);
        }

        public PdfLine ToLine()
        {
            var segments = new List<PdfLineSegment>();
            var text = new StringBuilder();
            Letter? previous = null;
            double left = 0;
            foreach (var letter in Letters.OrderBy(letter => letter.StartBaseLine.X))
            {
                if (previous is not null)
                {
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    if (gap > ColumnGap * fontSize)
                    {
                        segments.Add(new PdfLineSegment(left, previous.EndBaseLine.X, text.ToString()));
                        text.Clear();
                    }
                    else if (gap > WordGap * fontSize)
                    {
                        text.Append(' ');
                    }
                }

                if (text.Length == 0)
                {
                    left = letter.StartBaseLine.X;
                }

                text.Append(letter.Value.Where(c => !char.IsControl(c)).ToArray());
                previous = letter;
            }

            segments.Add(new PdfLineSegment(left, previous!.EndBaseLine.X, text.ToString()));
            return new PdfLine(Baseline, fontSize, segments);
        }
    }
}
