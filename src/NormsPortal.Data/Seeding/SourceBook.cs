namespace NormsPortal.Data.Seeding;

/// <summary>
/// A document's sources while it is mapped to rows: hands out the texts of the keys asked for and
/// remembers which were used, so that a source with nowhere to go is found instead of lost.
/// </summary>
internal sealed class SourceBook(SeedDocument document)
{
    /// <summary>The source that confirms everything about the document (<c>all</c>): its title, date, agenda item, votes …</summary>
    public const string AllKey = "all";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Symbol => document.Symbol;

    /// <summary>Whether the document has a source under <paramref name="key"/>.</summary>
    public bool Has(string key) => document.Sources.Any(s => s.Key == key);

    /// <summary>The texts of the sources under <paramref name="keys"/> in file order, joined with "; "; null when there are none.</summary>
    public string? Use(params ReadOnlySpan<string> keys)
    {
        var texts = new List<string>();
        foreach (var source in document.Sources)
        {
            if (keys.Contains(source.Key))
            {
                texts.Add(source.Text);
                _used.Add(source.Key);
            }
        }

        return texts.Count == 0 ? null : string.Join("; ", texts);
    }

    /// <summary>
    /// The sources of a confirmed value: those under <paramref name="keys"/>, else the document's
    /// <c>all</c> source. Unconfirmed values never take <c>all</c>: it confirms the document as seen, not a belief.
    /// </summary>
    public string? UseForConfirmed(params ReadOnlySpan<string> keys) => Use(keys) ?? Use(AllKey);

    /// <summary>The sources nothing has used yet, in file order.</summary>
    public IEnumerable<SeedSource> Unused => document.Sources.Where(s => !_used.Contains(s.Key));
}
