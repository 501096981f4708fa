using System.Xml.Linq;

namespace NormsPortal.Data.Import.Akn;

/// <summary>What a block of text is, as far as the markup tells.</summary>
internal enum BlockRole
{
    /// <summary>A preambular paragraph (<c>preamble/container</c>, a section's <c>crossHeading</c>).</summary>
    Preamble,

    /// <summary>A paragraph or list item of the body: numbered, lettered or neither.</summary>
    Paragraph,

    /// <summary>A heading: <c>heading</c>, <c>subheading</c>, a heading-styled paragraph.</summary>
    Heading,

    /// <summary>Text outside the numbered structure: a table, a table's note.</summary>
    Other,

    /// <summary>Numbering starts afresh from here: an annex or a section of the body.</summary>
    SectionStart,
}

/// <summary>
/// One block of text in reading order, before numbering and nesting are worked out. The body
/// reader decides what the markup says; <see cref="ProvisionTreeBuilder"/> decides the numbers.
/// </summary>
internal sealed record Block(BlockRole Role, InlineText Text, XElement Source)
{
    /// <summary>The content of the block's <c>num</c> element, when it has one.</summary>
    public string? Number { get; init; }

    /// <summary>For <see cref="BlockRole.SectionStart"/>: the anchor prefix of the section.</summary>
    public string? Section { get; init; }

    /// <summary>A heading told only by its look (short, no closing punctuation), not by markup: it may be the tail of a list item.</summary>
    public bool HeadingGuessed { get; init; }

    /// <summary>Whether the block is in an annex (attachment), where numbering restarts and headings lack markup.</summary>
    public bool InAnnex { get; init; }
}
