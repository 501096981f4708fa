namespace NormsPortal.Web.Features.Citations;

/// <summary>A work, or one paragraph of it, to cite.</summary>
public sealed record CitationTarget(CitableWork Work, Pinpoint? Pinpoint)
{
    /// <summary>The anchor of the cited paragraph, or null for the whole work.</summary>
    public string? Anchor => Pinpoint?.Anchor;
}
