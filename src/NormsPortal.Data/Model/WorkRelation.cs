namespace NormsPortal.Data.Model;

/// <summary>A curated or imported relation from a work to another, joined to the target by symbol.</summary>
public sealed class WorkRelation
{
    public int Id { get; set; }

    public int SourceWorkId { get; set; }

    public WorkRelationKind Kind { get; set; }

    public required string TargetSymbol { get; set; }

    public string? Source { get; set; }
}
