namespace NormsPortal.Web.Features;

/// <summary>A provision that cites a work or one of its paragraphs (on a document's page and on a norm's).</summary>
public sealed record CitingProvisionDto(string Symbol, string Anchor, string Language, string MatchedText, string Url);
