using NormsPortal.Data.Anchors;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Search.Index;

/// <summary>
/// What a paragraph's index rows are made of, computed from its text alone: the terms of its search row
/// (<see cref="SearchIndexer.TermsOf"/>) and the distinct shingles of its reuse rows (<see cref="ReuseShingles"/>).
/// It needs no database, so an import computes it before the document's transaction, for the next documents
/// while one is written (<see cref="Import.Storage.DocumentImporter"/>).
/// </summary>
internal sealed record ParagraphAnalysis(string Terms, long[] Shingles)
{
    /// <summary>
    /// Whether a provision has a paragraph row. No row for the enacting formula: "The General Assembly," opens every
    /// resolution of the Assembly, so it would match hundreds of texts and lead a reader nowhere.
    /// </summary>
    public static bool IsIndexed(string anchor, string text) => anchor != ProvisionAnchor.Formula && !string.IsNullOrWhiteSpace(text);

    /// <summary>The terms are analysed once and both the search row's terms and the reuse shingles are made from them.</summary>
    public static ParagraphAnalysis Of(string text, string language)
    {
        var terms = SearchIndexer.Analyzer.Analyze(text, language).Select(t => t.Term).ToList();
        return new ParagraphAnalysis(string.Join(' ', terms), [.. ReuseShingles.Of(terms, language).Distinct()]);
    }
}
