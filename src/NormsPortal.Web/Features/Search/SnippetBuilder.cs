using System.Net;
using System.Text;
using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// A paragraph's snippet, computed in .NET from the stored text, so it is the same on both
/// providers: the text is analysed again, the terms the query looks for are found by their offsets,
/// a window around the first of them is cut at spaces, every piece of text is HTML-encoded and only
/// then are <c>&lt;mark&gt;</c> tags put around the matches.
/// </summary>
public sealed class SnippetBuilder(SearchTextAnalyzer analyzer)
{
    /// <summary>Texts up to this length are shown whole; longer ones are cut to about this length.</summary>
    public const int MaxLength = 320;

    /// <summary>How much text comes before the first match in a cut snippet.</summary>
    private const int Lead = 80;

    private const char Ellipsis = '…';

    public string Build(string text, string language, HighlightTerms? highlight)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = highlight is null || highlight.IsEmpty ? [] : Marks(text, language, highlight);
        var (start, end) = Window(text, marks);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append(Ellipsis).Append(' ');
        }

        var position = start;
        foreach (var (markStart, markEnd) in marks)
        {
            if (markEnd <= start || markStart >= end)
            {
                continue;
            }

            var from = Math.Max(markStart, start);
            var to = Math.Min(markEnd, end);
            html.Append(WebUtility.HtmlEncode(text[position..from]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</mark>");
            position = to;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            html.Append(' ').Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>
    /// The spans of matched terms, in order, overlapping or touching ones merged, up to where the window
    /// can reach: it starts at the first match or before it, and holds at most <see cref="MaxLength"/>
    /// characters and a surrogate's other half, so no term beyond that can be shown and the rest of a
    /// long text is not analysed.
    /// </summary>
    private List<(int Start, int End)> Marks(string text, string language, HighlightTerms highlight)
    {
        var marks = new List<(int Start, int End)>();
        analyzer.Analyze(text, language, term =>
        {
            if (marks.Count > 0 && term.StartOffset > marks[0].Start + MaxLength)
            {
                return false;
            }

            if (!highlight.Matches(term.Term) || term.EndOffset <= term.StartOffset)
            {
                return true;
            }

            if (marks.Count > 0 && term.StartOffset <= marks[^1].End)
            {
                marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, term.EndOffset));
            }
            else
            {
                marks.Add((term.StartOffset, term.EndOffset));
            }

            return true;
        });
        return marks;
    }

    /// <summary>The whole text when short; otherwise about <see cref="MaxLength"/> characters from a little before the first match, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> marks)
    {
        if (text.Length <= MaxLength)
        {
            return (0, text.Length);
        }

        var start = marks.Count == 0 ? 0 : Math.Max(0, marks[0].Start - Lead);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, Math.Min(Lead / 2, marks[0].Start - start));
            start = space >= 0 ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + MaxLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(Lead / 2, end - start));
            end = space > start ? space : end;
        }

        // Never cut a surrogate pair in two.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
