namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>How a provision's text mentions another document (or a paragraph of one).</summary>
public enum ReferenceKind
{
    /// <summary>
    /// A resolution by its number: <c>resolution 70/237</c>, <c>Security Council resolution 1373 (2001)</c>,
    /// <c>2625 (XXV)</c>, or any number of a list such as <c>resolutions 36/103 of 9 December 1981, 43/78 H …</c>.
    /// </summary>
    Resolution,

    /// <summary>A decision by its number: <c>decision 72/512</c>.</summary>
    Decision,

    /// <summary>A document symbol written out: <c>A/70/174</c>, <c>A/C.1/73/L.27/Rev.1</c>, <c>S/RES/1373 (2001)</c>.</summary>
    Symbol,

    /// <summary>
    /// <c>Official Records of the General Assembly, Seventieth Session, Supplement No. 53</c> printed without
    /// the supplement's symbol: the symbol is derived (<c>A/70/53</c>).
    /// </summary>
    OfficialRecords,

    /// <summary><c>Ibid.</c> in a footnote: the document the previous footnote cited.</summary>
    Ibid,

    /// <summary>
    /// A paragraph of another document: <c>paragraph 3 of that resolution</c>, <c>paragraph 13 (f) of the report</c>,
    /// the <c>paragraph 2</c> of <c>resolution 70/237, paragraph 2</c>.
    /// </summary>
    Paragraph,

    /// <summary>A paragraph of the citing document itself: <c>paragraph 3 above</c>, <c>paragraph 4 of the present resolution</c>.</summary>
    OwnParagraph,

    /// <summary>A hyperlink the source marked up (AKN <c>a</c>/<c>ref</c>) where the words themselves name no document the extractor recognises.</summary>
    Hyperlink,
}
