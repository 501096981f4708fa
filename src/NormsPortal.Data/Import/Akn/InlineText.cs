namespace NormsPortal.Data.Import.Akn;

/// <summary>A hyperlink inside an <see cref="InlineText"/>: where it starts, how long it is, where it points.</summary>
internal sealed record LinkSpan(int Start, int Length, string Href, string Text);

/// <summary>A footnote marker inside an <see cref="InlineText"/>: it stands after <paramref name="Offset"/> characters.</summary>
internal sealed record MarkSpan(int Offset, string FootnoteAnchor);

/// <summary>
/// The plain text of a stretch of mixed content, with the places of its footnote markers and
/// links. <see cref="FirstTabGap"/> is where the first space that replaced a tab stands: the UN
/// separates a printed number from its text with a tab, which tells a label from a word.
/// </summary>
internal sealed record InlineText(string Text, IReadOnlyList<MarkSpan> Marks, IReadOnlyList<LinkSpan> Links, int FirstTabGap)
{
    public static readonly InlineText Empty = new("", [], [], -1);

    public bool IsEmpty => Text.Length == 0 && Marks.Count == 0;

    /// <summary>The text without its first <paramref name="length"/> characters and the space after them.</summary>
    public InlineText DropPrefix(int length)
    {
        var cut = Math.Min(length, Text.Length);
        while (cut < Text.Length && char.IsWhiteSpace(Text[cut]))
        {
            cut++;
        }

        if (cut == 0)
        {
            return this;
        }

        var marks = Marks.Select(m => m with { Offset = Math.Max(0, m.Offset - cut) }).ToList();
        var links = new List<LinkSpan>(Links.Count);
        foreach (var link in Links)
        {
            var start = Math.Max(0, link.Start - cut);
            var end = Math.Max(0, link.Start + link.Length - cut);
            if (end > start)
            {
                links.Add(link with { Start = start, Length = end - start });
            }
        }

        return new InlineText(Text[cut..], marks, links, FirstTabGap < cut ? -1 : FirstTabGap - cut);
    }

    /// <summary>This text, a line break, then <paramref name="next"/>: for a list printed under a preambular paragraph.</summary>
    public InlineText Append(InlineText next)
    {
        if (IsEmpty)
        {
            return next;
        }

        if (next.IsEmpty)
        {
            return this;
        }

        var shift = Text.Length + 1;
        return new InlineText(
            Text + "\n" + next.Text,
            [.. Marks, .. next.Marks.Select(m => m with { Offset = m.Offset + shift })],
            [.. Links, .. next.Links.Select(l => l with { Start = l.Start + shift })],
            FirstTabGap);
    }
}
