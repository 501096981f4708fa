using NormsPortal.Data.Anchors;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// What the extractor needs to know about the document being read, and what it remembers from one
/// provision to the next: "that resolution" and "the report" point at the last resolution or report the
/// text named, "Ibid." at what the previous footnote cited. Make one per document and language, feed it
/// the provisions in reading order (body, then footnotes) and set <see cref="CitingAnchor"/> before each.
/// </summary>
public sealed class ReferenceContext
{
    private string _citingAnchor = "";

    public ReferenceContext(string citingSymbol, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(citingSymbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        CitingSymbol = UnSymbol.Normalise(citingSymbol);
        Language = language.Trim().ToLowerInvariant();
        Issuer = DocumentIssuers.OfSymbol(CitingSymbol);
    }

    /// <summary>The normalised symbol of the document being read: "paragraph 3 above" points into it.</summary>
    public string CitingSymbol { get; }

    /// <summary>Two-letter language code of the text (en, fr, es, ru, zh, ar).</summary>
    public string Language { get; }

    /// <summary>
    /// The anchor of the provision about to be read. Its section (<c>annex</c> in <c>annex-op3</c>) scopes
    /// "paragraph 3 above"; a footnote anchor (<c>fn2</c>) makes the provision a footnote, which "Ibid." in the
    /// next footnote refers back to.
    /// </summary>
    public string CitingAnchor
    {
        get => _citingAnchor;
        set => _citingAnchor = value ?? "";
    }

    /// <summary>The last resolution the text named ("that resolution").</summary>
    public string? LastResolution { get; private set; }

    /// <summary>The last decision the text named ("that decision").</summary>
    public string? LastDecision { get; private set; }

    /// <summary>The last other document (a report, a note) the text named ("the report").</summary>
    public string? LastDocument { get; private set; }

    /// <summary>What the previous footnote cited last; null when it cited nothing the extractor knows ("Ibid." then stays unlinked).</summary>
    public string? LastFootnoteTarget { get; private set; }

    /// <summary>Whose "its resolution" a bare "its" means: the body that issued the citing document.</summary>
    internal Issuer Issuer { get; }

    internal bool InFootnote =>
        ProvisionAnchor.SplitSection(_citingAnchor).Local.StartsWith(ProvisionAnchor.FootnotePrefix, StringComparison.Ordinal);

    /// <summary>The section of the provision being read, for "paragraph 3 above" (null in the main text).</summary>
    internal string? CitingSection => ProvisionAnchor.SplitSection(_citingAnchor).Section;

    /// <summary>The last document of <paramref name="kind"/> the text named before this provision.</summary>
    internal string? LastNamed(DocumentCategory kind) => kind switch
    {
        DocumentCategory.Resolution => LastResolution,
        DocumentCategory.Decision => LastDecision,
        _ => LastDocument,
    };

    /// <summary>Remembers what one provision cited, in text order, for the provisions after it.</summary>
    internal void Remember(IReadOnlyList<ExtractedReference> references)
    {
        string? lastInThisProvision = null;
        foreach (var reference in references)
        {
            if (reference.TargetSymbol == CitingSymbol)
            {
                continue;
            }

            lastInThisProvision = reference.TargetSymbol;
            switch (DocumentCategories.Of(reference.TargetSymbol))
            {
                case DocumentCategory.Resolution:
                    LastResolution = reference.TargetSymbol;
                    break;
                case DocumentCategory.Decision:
                    LastDecision = reference.TargetSymbol;
                    break;
                default:
                    LastDocument = reference.TargetSymbol;
                    break;
            }
        }

        if (InFootnote)
        {
            // A footnote citing nothing we know (a treaty, a book) breaks the chain: an "Ibid." after it
            // means that unknown source, not an older document.
            LastFootnoteTarget = lastInThisProvision;
        }
    }
}
