namespace NormsPortal.Data.Import.Storage;

/// <summary>The results of a batch import, in the order the documents came, with counts per outcome.</summary>
public sealed class ImportSummary
{
    private readonly List<DocumentImportResult> _results = [];

    public IReadOnlyList<DocumentImportResult> Results => _results;

    public int Imported { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Failed { get; private set; }

    public int Total => _results.Count;

    public IEnumerable<DocumentImportResult> Failures => _results.Where(r => r.Outcome == ImportOutcome.Failed);

    internal void Add(DocumentImportResult result)
    {
        _results.Add(result);
        switch (result.Outcome)
        {
            case ImportOutcome.Imported:
                Imported++;
                break;
            case ImportOutcome.Updated:
                Updated++;
                break;
            case ImportOutcome.Unchanged:
                Unchanged++;
                break;
            case ImportOutcome.Failed:
                Failed++;
                break;
        }
    }
}
