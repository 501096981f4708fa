using System.Text;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Collects the text of mixed content the way a reader sees it: runs of spaces, tabs and line
/// ends become one space, nothing leads or trails, explicit line breaks stay. Footnote markers
/// and links are recorded at their place in the collapsed text. Non-breaking spaces are kept:
/// French typography puts them before <c>;</c> and <c>:</c>.
/// </summary>
internal sealed class InlineTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<MarkSpan> _marks = [];
    private readonly List<LinkSpan> _links = [];
    private bool _pendingSpace;
    private bool _pendingSpaceHasTab;
    private int _firstTabGap = -1;
    private string? _openHref;
    private int _openStart = -1;

    public int Length => _text.Length;

    public void AppendText(string value)
    {
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pendingSpace = true;
                _pendingSpaceHasTab |= c == '\t';
            }
            else
            {
                AppendVisible(c);
            }
        }
    }

    /// <summary>A line break: between the paragraphs of one provision, the rows of a table, a list's items.</summary>
    public void LineBreak()
    {
        _pendingSpace = false;
        _pendingSpaceHasTab = false;
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    /// <summary>A footnote marker right after the text so far (a space still to come stays after it).</summary>
    public void Mark(string footnoteAnchor) => _marks.Add(new MarkSpan(_text.Length, footnoteAnchor));

    public void BeginLink(string href)
    {
        _openHref = href;
        _openStart = -1;
    }

    public void EndLink()
    {
        if (_openHref is not null && _openStart >= 0 && _text.Length > _openStart)
        {
            _links.Add(new LinkSpan(_openStart, _text.Length - _openStart, _openHref, _text.ToString(_openStart, _text.Length - _openStart)));
        }

        _openHref = null;
        _openStart = -1;
    }

    public bool InLink => _openHref is not null;

    public InlineText Build()
    {
        var end = _text.Length;
        while (end > 0 && _text[end - 1] == '\n')
        {
            end--;
        }

        var text = _text.ToString(0, end);
        var marks = _marks.Select(m => m.Offset > end ? m with { Offset = end } : m).ToList();
        var links = _links.Where(l => l.Start < end).Select(l => l.Start + l.Length > end ? l with { Length = end - l.Start } : l).ToList();
        return new InlineText(text, marks, links, _firstTabGap < end ? _firstTabGap : -1);
    }

    private void AppendVisible(char c)
    {
        if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
        {
            if (_pendingSpaceHasTab && _firstTabGap < 0)
            {
                _firstTabGap = _text.Length;
            }

            _text.Append(' ');
        }

        _pendingSpace = false;
        _pendingSpaceHasTab = false;
        if (_openHref is not null && _openStart < 0)
        {
            _openStart = _text.Length;
        }

        _text.Append(c);
    }
}
