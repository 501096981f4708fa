namespace NormsPortal.Data.Model;

/// <summary>A value a fact held before it was changed: the fact's history.</summary>
public sealed class FactRevision
{
    public int Id { get; set; }

    public int FactId { get; set; }

    public string Value { get; set; } = "";

    public string? Source { get; set; }

    public bool Verified { get; set; }

    public FactOrigin Origin { get; set; }

    /// <summary>When the value was replaced (UTC).</summary>
    public DateTime ReplacedAt { get; set; }

    /// <summary>The user or process that replaced it.</summary>
    public string? ReplacedBy { get; set; }
}
