using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Search;

/// <summary>
/// A query ready to run: the parsed <paramref name="Query"/>, its <paramref name="Statement"/> (null
/// when there is none to run), the terms to highlight, the warnings for the reader, and whether
/// there is nothing at all to search for (no words, filters, numbers or symbols).
/// </summary>
public sealed record PreparedSearch(
    SearchQuery Query, SearchStatement? Statement, HighlightTerms? Highlight, IReadOnlyList<string> Warnings, bool NothingToSearchFor);
