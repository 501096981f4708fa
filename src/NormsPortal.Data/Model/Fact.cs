namespace NormsPortal.Data.Model;

/// <summary>
/// One fact about a work (its title, date, agenda item, committee report …) with where it was
/// seen and whether anyone confirmed it. An unverified fact is shown as such, never as fact.
/// Earlier values are kept in <see cref="History"/>.
/// </summary>
public sealed class Fact : AuditedEntity
{
    public int WorkId { get; set; }

    public Work Work { get; set; } = null!;

    /// <summary>What the fact is about; one of <see cref="FactKeys"/>.</summary>
    public required string Key { get; set; }

    public required string Value { get; set; }

    /// <summary>Where the value was seen (a document, a data set, a page).</summary>
    public string? Source { get; set; }

    public bool Verified { get; set; }

    public FactOrigin Origin { get; set; }

    public List<FactRevision> History { get; } = [];
}
