namespace NormsPortal.Data.Import.UnText;

/// <summary>The codes of the UN text parser's messages (<see cref="Parsed.ImportMessage.Code"/>): repairs, then warnings.</summary>
public static class UnTextMessageCodes
{
    /// <summary>A word the extraction split in two ("o f", "consul tative") was joined.</summary>
    public const string SplitWord = "split-word";

    /// <summary>A footnote marker glued to a year, word or comma ("20152", "Secretary-General,1") was taken out.</summary>
    public const string GluedFootnote = "glued-footnote";

    /// <summary>A footnote marker standing after a space ("2013 3", "report, 2") was taken out.</summary>
    public const string SpacedFootnote = "spaced-footnote";

    /// <summary>A hyphen with a stray space before it ("Secretary -General") was closed up.</summary>
    public const string HyphenSpace = "hyphen-space";

    /// <summary>Several spaces inside a line were made one.</summary>
    public const string ExtraSpace = "extra-space";

    /// <summary>A line of page furniture (page number, running head, job number) was removed.</summary>
    public const string PageResidue = "page-residue";

    /// <summary>A paragraph interrupted by a page break (and the footnotes at its foot) was joined up again.</summary>
    public const string PageJoin = "page-join";

    /// <summary>Warning: no enacting formula ("The General Assembly,"), so no heading was read.</summary>
    public const string NoEnactingFormula = "no-enacting-formula";

    /// <summary>Warning: a paragraph without the number its place calls for was added to the paragraph before it.</summary>
    public const string UnnumberedParagraph = "unnumbered-paragraph";

    /// <summary>Warning: a footnote that no marker in the text cites.</summary>
    public const string UncitedFootnote = "uncited-footnote";

    /// <summary>Warning: the layout and repair rules are those of English texts.</summary>
    public const string EnglishRulesOnly = "english-rules-only";
}
