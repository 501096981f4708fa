namespace NormsPortal.Web.Features.Norms;

/// <summary>A norm as the API returns it.</summary>
public sealed record NormDto(
    string Number,
    string Label,
    string Text,
    TextLocationDto Statement,
    IReadOnlyList<NormCounterpartDto> Counterparts,
    IReadOnlyList<CitingProvisionDto> CitedBy)
{
    /// <summary>The curated themes, in the curators' order.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Counted up on every curated change; an admin sends it back with a new label or themes (<c>PUT /api/v1/norms/{number}</c>).</summary>
    public long Version { get; init; }
}

/// <summary>A place in a text: the work, the provision's anchor and the portal's address for it.</summary>
public sealed record TextLocationDto(string Symbol, string Anchor, string Url);

/// <summary>A paragraph of another text that the norm restates, e.g. A/70/174, para. 13 (f).</summary>
public sealed record NormCounterpartDto(string Citation, string Symbol, string Anchor, bool Verified, string? Note, string? Text);
