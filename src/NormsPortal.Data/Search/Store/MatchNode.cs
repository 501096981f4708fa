namespace NormsPortal.Data.Search.Store;

/// <summary>
/// A query after analysis: index terms, no longer words. Each provider renders it to its own
/// syntax (FTS5 MATCH, <c>tsquery</c>) with <see cref="ISearchSqlDialect.RenderMatch"/>.
/// </summary>
public abstract record MatchNode;

/// <summary>One index term; with <see cref="IsPrefix"/>, every term that starts with it.</summary>
public sealed record MatchTerm(string Term, bool IsPrefix) : MatchNode;

/// <summary>Terms at consecutive positions.</summary>
public sealed record MatchPhrase(IReadOnlyList<string> Terms) : MatchNode;

/// <summary>Every child matches.</summary>
public sealed record MatchAll(IReadOnlyList<MatchNode> Children) : MatchNode;

/// <summary>At least one child matches.</summary>
public sealed record MatchAny(IReadOnlyList<MatchNode> Children) : MatchNode;

/// <summary>Every one of <see cref="Include"/> matches and none of <see cref="Exclude"/> does; <see cref="Include"/> is never empty.</summary>
public sealed record MatchAllBut(IReadOnlyList<MatchNode> Include, IReadOnlyList<MatchNode> Exclude) : MatchNode;
