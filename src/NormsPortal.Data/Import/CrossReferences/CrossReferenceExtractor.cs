using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Finds every mention of another UN document in a provision's text: pure text analysis, no database.
/// <list type="bullet">
/// <item>Numbered resolutions and decisions after a noun, whose body the surrounding words decide
/// (General Assembly, Human Rights Council, Economic and Social Council, Security Council; other bodies are skipped).</item>
/// <item>Document symbols written out (<c>A/70/174</c>), and Official Records supplements without one.</item>
/// <item>"Ibid." in a footnote, when the footnote names nothing else: what the previous footnote cited.</item>
/// <item>Paragraph pinpoints ("paragraph 3 above", "paragraph 3 of that resolution"), each a reference with an anchor.</item>
/// <item>Hyperlinks the source marked up; where the words already name the same document the words' reference is kept,
/// where they disagree the markup wins.</item>
/// </list>
/// Words are understood in English, French and Spanish; symbols, hyperlinks and "Ibid." in every language.
/// A mention of the citing document itself without a paragraph (its own symbol in the heading) is no reference.
/// </summary>
public static class CrossReferenceExtractor
{
    /// <summary>The references in <paramref name="text"/>, in text order, none overlapping another.</summary>
    public static IReadOnlyList<ExtractedReference> Extract(string text, ReferenceContext context) => Extract(text, [], context);

    /// <summary>
    /// The references in <paramref name="text"/> and its <paramref name="links"/> (the links of this
    /// provision, offsets into <paramref name="text"/>), in text order, none overlapping another.
    /// Updates <paramref name="context"/> with what the text cited, for the provisions after it.
    /// </summary>
    public static IReadOnlyList<ExtractedReference> Extract(string text, IEnumerable<ParsedLink> links, ReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(context);

        var vocabulary = ReferenceVocabulary.For(context.Language);
        var documents = new List<ExtractedReference>();
        if (vocabulary.Numbers is not null)
        {
            documents.AddRange(NumberedMentions.Find(text, vocabulary.Numbers, context.Issuer));
        }

        documents.AddRange(DocumentSymbols.Find(text).Select(s =>
            new ExtractedReference(s.Start, s.Length, text.Substring(s.Start, s.Length), s.Symbol, null, ReferenceKind.Symbol)));
        if (vocabulary.OfficialRecords is not null)
        {
            documents.AddRange(OfficialRecordsSupplements.Find(text, vocabulary.OfficialRecords).Select(s =>
                new ExtractedReference(s.Start, s.Length, text.Substring(s.Start, s.Length), s.Symbol, null, ReferenceKind.OfficialRecords)));
        }

        documents = WithLinks(documents, LinkedMentions.Find(text, links));
        if (documents.Count == 0 && context.LastFootnoteTarget is { } previous)
        {
            // "Ibid., Sixty-ninth Session, … (A/69/53)" names its own document; a bare "Ibid." repeats the last one.
            documents.AddRange(vocabulary.Ibid.Matches(text).Select(m =>
                new ExtractedReference(m.Index, m.Length, m.Value, previous, null, ReferenceKind.Ibid)));
        }

        documents.Sort(ByPosition);
        var references = new List<ExtractedReference>(documents);
        if (vocabulary.Pinpoints is not null)
        {
            references.AddRange(Pinpoints.Find(text, vocabulary.Pinpoints, documents, context));
        }

        var result = WithoutOverlaps(references.Where(r => r.TargetAnchor is not null || r.TargetSymbol != context.CitingSymbol));
        context.Remember(result);
        return result;
    }

    /// <summary>
    /// Adds the hyperlinks to the mentions found in the words. A link over a mention of the same document
    /// adds nothing (the words' span is the fuller one, "Security Council resolution 1373 (2001)");
    /// a link naming a part the words missed refines the mention; a link naming another document replaces it.
    /// </summary>
    private static List<ExtractedReference> WithLinks(List<ExtractedReference> mentions, List<ExtractedReference> links)
    {
        var result = new List<ExtractedReference>(mentions);
        foreach (var link in links)
        {
            var overlapping = result.Where(m => m.Start < link.End && link.Start < m.End).ToList();
            if (overlapping.Count == 0)
            {
                result.Add(link);
                continue;
            }

            if (overlapping.Any(m => SameOrPartOf(m.TargetSymbol, link.TargetSymbol)))
            {
                continue;
            }

            var refined = overlapping.FirstOrDefault(m => SameOrPartOf(link.TargetSymbol, m.TargetSymbol));
            if (refined is not null)
            {
                result[result.IndexOf(refined)] = refined with { TargetSymbol = link.TargetSymbol };
                continue;
            }

            result.RemoveAll(overlapping.Contains);
            result.Add(link);
        }

        return result;
    }

    /// <summary>Whether <paramref name="symbol"/> is <paramref name="other"/> or a part of it (<c>A/RES/43/78 H</c> of <c>A/RES/43/78</c>).</summary>
    private static bool SameOrPartOf(string symbol, string other) =>
        symbol == other || (symbol.Length == other.Length + 2 && symbol.StartsWith(other + " ", StringComparison.Ordinal));

    private static List<ExtractedReference> WithoutOverlaps(IEnumerable<ExtractedReference> references)
    {
        var kept = new List<ExtractedReference>();
        foreach (var reference in references.OrderBy(r => r.Start).ThenByDescending(r => r.Length))
        {
            if (kept.Count == 0 || kept[^1].End <= reference.Start)
            {
                kept.Add(reference);
            }
        }

        return kept;
    }

    private static int ByPosition(ExtractedReference a, ExtractedReference b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);
}
