namespace NormsPortal.Web.Features.Citations;

/// <summary>One citation of a file of several (a library's export): what is cited, its permalink and the reader's note, if any.</summary>
public sealed record CitationEntry(CitationTarget Target, Uri Url, string? Note = null);
