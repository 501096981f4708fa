namespace NormsPortal.Data.Search.Store;

/// <summary>A query's match for the databases and the terms that snippets highlight.</summary>
public sealed record CompiledMatch(MatchNode Match, HighlightTerms Highlight);
