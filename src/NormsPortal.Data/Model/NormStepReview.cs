namespace NormsPortal.Data.Model;

/// <summary>
/// A curator's decision on one computed step of a norm's lineage, by the paragraph's symbol and anchor (which
/// survive a re-import); a step without a review is shown as the index found it.
/// </summary>
public sealed class NormStepReview
{
    public int Id { get; set; }

    public int NormId { get; set; }

    public required string Symbol { get; set; }

    public required string Anchor { get; set; }

    public NormStepDecision Decision { get; set; }

    /// <summary>The address of the admin who decided, as it was then.</summary>
    public required string ReviewedBy { get; set; }

    public DateTime ReviewedAt { get; set; }
}
