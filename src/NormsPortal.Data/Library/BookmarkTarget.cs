using System.Security.Cryptography;
using System.Text;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Data.Library;

/// <summary>
/// What a bookmark points at, already checked against the portal's data: a norm, a paragraph, a passage,
/// a work or a search. <see cref="Key"/> names it in one string, so a library holds each target once.
/// </summary>
public sealed record BookmarkTarget
{
    public const int MaxKeyLength = 256;
    public const int MaxQuoteLength = 2_000;
    public const int MaxContextLength = 256;
    public const int MaxQueryLength = 1_000;
    public const int MaxFiltersLength = 1_000;
    public const int MaxNoteLength = 20_000;
    public const int MaxTagLength = 64;
    public const int MaxTags = 30;
    public const int MaxCollectionNameLength = 200;
    public const int MaxCollectionDescriptionLength = 2_000;

    private BookmarkTarget(BookmarkKind kind) => Kind = kind;

    public BookmarkKind Kind { get; }

    public string? NormNumber { get; private init; }

    public string? Symbol { get; private init; }

    public string? Anchor { get; private init; }

    public string? Quote { get; private init; }

    public string? Prefix { get; private init; }

    public string? Suffix { get; private init; }

    public string? Query { get; private init; }

    /// <summary>A search's filters as a query string in key order; empty when none.</summary>
    public string? Filters { get; private init; }

    /// <summary>
    /// The target in one string, unique per library: <c>norm:1.6</c>, <c>work:A/70/174</c>,
    /// <c>paragraph:A/RES/73/27#op1.9</c>; a passage and a search end in a hash of their words, which may be long.
    /// </summary>
    public string Key => Kind switch
    {
        BookmarkKind.Norm => "norm:" + NormNumber,
        BookmarkKind.Work => "work:" + Symbol,
        BookmarkKind.Paragraph => "paragraph:" + Symbol + "#" + Anchor,
        BookmarkKind.Passage => "passage:" + Symbol + "#" + Anchor + ":" + Hash(Quote + "\n" + Prefix + "\n" + Suffix),
        _ => "search:" + Hash(Query + "\n" + Filters),
    };

    /// <summary>The passage or paragraph as the resolver takes it; null for norms, works and searches.</summary>
    public QuotedReference? Reference => Kind is BookmarkKind.Paragraph or BookmarkKind.Passage
        ? new QuotedReference(new TextReference { Symbol = Symbol!, Anchor = Anchor!, Quote = Quote ?? "" }, Prefix ?? "", Suffix ?? "")
        : null;

    public static BookmarkTarget ForNorm(string number) => new(BookmarkKind.Norm) { NormNumber = number };

    public static BookmarkTarget ForWork(string symbol) => new(BookmarkKind.Work) { Symbol = symbol };

    public static BookmarkTarget ForParagraph(string symbol, string anchor) => new(BookmarkKind.Paragraph) { Symbol = symbol, Anchor = anchor };

    public static BookmarkTarget ForPassage(string symbol, string anchor, string quote, string prefix, string suffix) =>
        new(BookmarkKind.Passage) { Symbol = symbol, Anchor = anchor, Quote = quote, Prefix = prefix, Suffix = suffix };

    public static BookmarkTarget ForSearch(string query, string filters) => new(BookmarkKind.Search) { Query = query, Filters = filters };

    /// <summary>The target <paramref name="bookmark"/> holds.</summary>
    public static BookmarkTarget Of(Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        return new BookmarkTarget(bookmark.Kind)
        {
            NormNumber = bookmark.NormNumber,
            Symbol = bookmark.Symbol,
            Anchor = bookmark.Anchor,
            Quote = bookmark.Quote,
            Prefix = bookmark.Prefix,
            Suffix = bookmark.Suffix,
            Query = bookmark.Query,
            Filters = bookmark.Filters,
        };
    }

    /// <summary>A new bookmark of <paramref name="ownerId"/> pointing here.</summary>
    public Bookmark NewBookmark(string ownerId) => new()
    {
        OwnerId = ownerId,
        Kind = Kind,
        TargetKey = Key,
        NormNumber = NormNumber,
        Symbol = Symbol,
        Anchor = Anchor,
        Quote = Quote,
        Prefix = Prefix,
        Suffix = Suffix,
        Query = Query,
        Filters = Filters,
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
