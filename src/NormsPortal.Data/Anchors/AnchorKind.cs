namespace NormsPortal.Data.Anchors;

/// <summary>What an anchor names, as the grammar reads it from the anchor alone.</summary>
public enum AnchorKind
{
    /// <summary>The enacting formula (<c>formula</c>): "The General Assembly,". Not a numbered paragraph.</summary>
    Formula,

    /// <summary>A preambular paragraph, by position (<c>pp3</c>).</summary>
    Preamble,

    /// <summary>A numbered paragraph or an item in one (<c>op1.6</c>, <c>op4a.ii</c>), or an item of an unnumbered paragraph (<c>opa</c>).</summary>
    Paragraph,

    /// <summary>A heading, by position (<c>oph3</c>), or an item under it (<c>oph3a</c>).</summary>
    Heading,

    /// <summary>A footnote (<c>fn2</c>).</summary>
    Footnote,
}
