using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// Cuts a provision's plain text into segments at its cross-references and footnote marks, so the
/// text can be shown with links. The offsets come from the importer; the cut never loses or
/// repeats a character, whatever they say: a reference overlapping an earlier one stays plain
/// text, and a mark inside a reference follows it.
/// </summary>
public static class TextSegments
{
    public static IReadOnlyList<TextSegment> Split(string text, IReadOnlyList<FootnoteMarkDto> marks, IReadOnlyList<ReferenceDto> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(references);

        var links = new List<ReferenceDto>();
        var end = 0;
        foreach (var reference in references.OrderBy(r => r.Start))
        {
            if (reference.Start >= end && reference.Length > 0 && reference.Start + reference.Length <= text.Length)
            {
                links.Add(reference);
                end = reference.Start + reference.Length;
            }
        }

        var pendingMarks = new Queue<FootnoteMarkDto>(marks.OrderBy(m => m.Offset));
        var segments = new List<TextSegment>();
        var position = 0;

        void AddText(int upTo)
        {
            // Marks due inside this stretch of plain text split it where they stand.
            while (pendingMarks.Count > 0 && Math.Clamp(pendingMarks.Peek().Offset, 0, text.Length) <= upTo)
            {
                var mark = pendingMarks.Dequeue();
                var at = Math.Max(position, Math.Clamp(mark.Offset, 0, text.Length));
                if (at > position)
                {
                    segments.Add(new TextSegment(text[position..at]));
                    position = at;
                }

                segments.Add(new TextSegment(FootnoteNumber(mark.Footnote), Footnote: mark.Footnote));
            }

            if (upTo > position)
            {
                segments.Add(new TextSegment(text[position..upTo]));
                position = upTo;
            }
        }

        foreach (var link in links)
        {
            AddText(link.Start);
            segments.Add(new TextSegment(text.Substring(link.Start, link.Length), Reference: link));
            position = link.Start + link.Length;
        }

        AddText(text.Length);
        return segments;
    }

    /// <summary>The number printed for a footnote mark: <c>fn2</c> → "2" (a section prefix is dropped).</summary>
    public static string FootnoteNumber(string footnoteAnchor)
    {
        ArgumentNullException.ThrowIfNull(footnoteAnchor);
        var local = footnoteAnchor[(footnoteAnchor.LastIndexOf('-') + 1)..];
        return local.StartsWith("fn", StringComparison.Ordinal) && local.Length > 2 ? local[2..] : local;
    }
}
