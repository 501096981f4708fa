namespace NormsPortal.Data.Seeding;

/// <summary>
/// A norm of <c>norm-sources.json</c>: its number in 73/27 operative paragraph 1, a short label and
/// the paragraphs of the 2015 report (A/70/174) it restates, as written there (<c>13(f)</c>, <c>28(e)</c>).
/// </summary>
public sealed record SeedNorm(string Number, string Label, IReadOnlyList<string> Gge2015Paragraphs, SeedEarlierSource? Earlier);

/// <summary>A paragraph of an earlier report named where the 2015 report has no counterpart.</summary>
public sealed record SeedEarlierSource(string Document, string Paragraph, bool Verified, string Note);
