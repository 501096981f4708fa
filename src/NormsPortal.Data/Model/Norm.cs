namespace NormsPortal.Data.Model;

/// <summary>
/// One of the norms of responsible State behaviour (73/27 operative paragraph 1.1 to 1.13):
/// a curated label and the provision that states it.
/// </summary>
public sealed class Norm : AuditedEntity
{
    /// <summary>The number as printed in the resolution: <c>1.6</c>; unique.</summary>
    public required string Number { get; set; }

    /// <summary>A short curated label.</summary>
    public required string Label { get; set; }

    /// <summary>The provision that states the norm, e.g. (A/RES/73/27, op1.6, its text).</summary>
    public required TextReference Statement { get; set; }

    /// <summary>Position in lists (1.1 before 1.10).</summary>
    public int Ordinal { get; set; }

    public List<NormCounterpart> Counterparts { get; } = [];

    /// <summary>The curated themes, in the curator's order.</summary>
    public List<NormTheme> Themes { get; } = [];

    /// <summary>The curators' links to later paragraphs that restate, develop or refer to the norm.</summary>
    public List<NormLink> Links { get; } = [];

    /// <summary>The curators' decisions on the steps of its lineage the reuse index found.</summary>
    public List<NormStepReview> StepReviews { get; } = [];
}
