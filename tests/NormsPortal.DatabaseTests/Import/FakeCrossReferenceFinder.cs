using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;


namespace NormsPortal.DatabaseTests.Import;

/// <summary>A cross-reference finder that answers what the test tells it to (or throws, to force a failure midway).</summary>
internal sealed class FakeCrossReferenceFinder(Func<ParsedDocument, IReadOnlyList<FoundReference>> find) : ICrossReferenceFinder
{
    public int Calls { get; private set; }

    public IReadOnlyList<FoundReference> Find(ParsedDocument document)
    {
        Calls++;
        return find(document);
    }

    /// <summary>Finds the same mentions in every document.</summary>
    public static FakeCrossReferenceFinder Always(params FoundReference[] references) => new(_ => references);
}
