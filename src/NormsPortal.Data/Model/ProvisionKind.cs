namespace NormsPortal.Data.Model;

/// <summary>The kinds of node in a text tree.</summary>
public enum ProvisionKind
{
    /// <summary>A preambular paragraph; anchored by position (<c>pp3</c>).</summary>
    Preamble,

    /// <summary>An operative (numbered) paragraph, or a numbered paragraph of a report (<c>op1</c>).</summary>
    Operative,

    /// <summary>A nested item of a paragraph: <c>1.6</c>, <c>(a)</c>, <c>(ii)</c>.</summary>
    Item,

    /// <summary>A footnote (<c>fn2</c>).</summary>
    Footnote,

    /// <summary>A heading, such as that of an annex or a section.</summary>
    Heading,

    /// <summary>Text outside the numbered structure, such as a closing formula.</summary>
    Other,

    /// <summary>
    /// The enacting formula ("The General Assembly,"), printed before the first preambular paragraph
    /// (<c>formula</c>). Not a numbered paragraph: it does not count among the preambular paragraphs.
    /// </summary>
    Formula,
}
