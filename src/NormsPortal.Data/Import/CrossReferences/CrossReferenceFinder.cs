using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Connects the extractor to the importer: reads a document's provisions in reading order (body,
/// then footnotes, so "Ibid." and "that resolution" see what came before) with each provision's
/// hyperlinks, and hands the importer what the extractor found.
/// </summary>
public sealed class CrossReferenceFinder : ICrossReferenceFinder
{
    public IReadOnlyList<FoundReference> Find(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ReferenceContext(document.Symbol, document.Language);
        var linksByAnchor = document.Links.ToLookup(l => l.ProvisionAnchor);
        var found = new List<FoundReference>();
        foreach (var provision in document.AllProvisions())
        {
            context.CitingAnchor = provision.Anchor;
            foreach (var reference in CrossReferenceExtractor.Extract(provision.Text, linksByAnchor[provision.Anchor], context))
            {
                found.Add(new FoundReference(
                    provision.Anchor, reference.Start, reference.Length, reference.MatchedText, reference.TargetSymbol, reference.TargetAnchor));
            }
        }

        return found;
    }
}
