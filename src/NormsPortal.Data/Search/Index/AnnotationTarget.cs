using NormsPortal.Data.Model;

namespace NormsPortal.Data.Search.Index;

/// <summary>What an <see cref="Annotation"/> is on, as the search index places its row: a norm by number, a work by symbol, a paragraph or passage by symbol and anchor.</summary>
internal sealed record AnnotationTarget(BookmarkKind Kind, string? NormNumber, string? Symbol, string? Anchor);
