using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Components.Search;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// Reads a bookmark's target as the API sends it (<see cref="BookmarkTargetDto"/>) and checks it against what the
/// portal holds: the norm, the work (by <see cref="SymbolLookup"/>, stored in its normal form), the paragraph's anchor
/// in the work's text, the quote in that paragraph. And gives a stored target back: as the API shows it, in words, as a link.
/// </summary>
public static class BookmarkTargets
{
    /// <summary>The filters a saved search may keep: the search's own parameters.</summary>
    public static IReadOnlyList<string> FilterNames { get; } = ["kind", "track", "year", "session", "lang", "norm", "symbol", "scope"];

    private const int MaxFilterValueLength = 128;

    /// <summary>The target <paramref name="sent"/> names, or why it names none the portal holds (a sentence for a 400).</summary>
    public static async Task<(BookmarkTarget? Target, string? Problem)> ReadAsync(PortalDbContext db, BookmarkTargetDto? sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (sent is null)
        {
            return (null, "A bookmark needs a target: { \"norm\": \"1.6\" }, { \"symbol\": \"A/RES/73/27\", \"anchor\": \"op1.9\", \"quote\": \"…\" }, { \"symbol\": \"A/70/174\" } or { \"query\": \"…\" }.");
        }

        var forms = new[] { Given(sent.Norm), Given(sent.Symbol), Given(sent.Query) }.Count(given => given);
        if (forms != 1)
        {
            return (null, "A target names exactly one of norm, symbol or query.");
        }

        if (Given(sent.Norm))
        {
            var number = sent.Norm!.Trim();
            return await db.Norms.AnyAsync(n => n.Number == number, cancellationToken)
                ? (BookmarkTarget.ForNorm(number), null)
                : (null, $"There is no norm numbered '{number}'. The norms are numbered 1.1 to 1.13.");
        }

        return Given(sent.Query) ? ReadSearch(sent) : await ReadTextAsync(db, sent, cancellationToken);
    }

    /// <summary>The stored target as the API shows it.</summary>
    public static BookmarkTargetDto ToDto(Bookmark bookmark) => ToDto(BookmarkTarget.Of(bookmark));

    /// <summary>A target as the API shows it: a bookmark's, or an annotation's, which has the same shape.</summary>
    public static BookmarkTargetDto ToDto(BookmarkTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new BookmarkTargetDto
        {
            Kind = KindName(target.Kind),
            Norm = target.NormNumber,
            Symbol = target.Symbol,
            Anchor = target.Anchor,
            Quote = target.Quote,
            Prefix = NullIfEmpty(target.Prefix),
            Suffix = NullIfEmpty(target.Suffix),
            Query = target.Query,
            Filters = target.Kind == BookmarkKind.Search ? ParseFilters(target.Filters) : null,
        };
    }

    /// <summary>The kind's name in the API and on the library page: <c>norm</c>, <c>paragraph</c>, <c>passage</c>, <c>work</c>, <c>search</c>.</summary>
    public static string KindName(BookmarkKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind a name stands for; false for any other name.</summary>
    public static bool TryParseKind(string? name, out BookmarkKind kind) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    /// <summary>The target in words: "Norm 1.6", "A/RES/73/27", "A/RES/73/27, para. 1.9", "Search: due diligence".</summary>
    public static string Label(Bookmark bookmark) => Label(BookmarkTarget.Of(bookmark));

    /// <summary>A bookmark's or annotation's target in words.</summary>
    public static string Label(BookmarkTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            BookmarkKind.Norm => "Norm " + target.NormNumber,
            BookmarkKind.Work => target.Symbol!,
            BookmarkKind.Paragraph or BookmarkKind.Passage => AnchorLabel.Reference(target.Symbol!, target.Anchor!),
            _ => "Search: " + target.Query + (string.IsNullOrEmpty(target.Filters) ? "" : " (" + string.Join(", ", ParseFilters(target.Filters).Select(f => f.Key + ": " + f.Value)) + ")"),
        };
    }

    /// <summary>The portal's page for the target; a moved passage links to where it stands now (<paramref name="anchorNow"/>).</summary>
    public static string Url(Bookmark bookmark, string? anchorNow = null) => Url(BookmarkTarget.Of(bookmark), anchorNow);

    /// <summary>The portal's page for a bookmark's or annotation's target, at <paramref name="anchorNow"/> when it moved.</summary>
    public static string Url(BookmarkTarget target, string? anchorNow = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            BookmarkKind.Norm => NormUrls.For(target.NormNumber!),
            BookmarkKind.Work => DocumentUrls.For(target.Symbol!),
            BookmarkKind.Paragraph or BookmarkKind.Passage => DocumentUrls.For(target.Symbol!, anchorNow ?? target.Anchor),
            _ => QueryHelpers.AddQueryString(SearchUrls.For(target.Query), ParseFilters(target.Filters).ToDictionary(f => f.Key, f => (string?)f.Value)),
        };
    }

    /// <summary>A saved search's filters, from the query string they are stored as.</summary>
    public static IReadOnlyDictionary<string, string> ParseFilters(string? filters) =>
        QueryHelpers.ParseQuery(filters).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    private static async Task<(BookmarkTarget? Target, string? Problem)> ReadTextAsync(PortalDbContext db, BookmarkTargetDto sent, CancellationToken cancellationToken)
    {
        var (work, problem) = await HeldParagraph.FindWorkAsync(db, sent.Symbol!, cancellationToken);
        if (work is null)
        {
            return (null, problem);
        }

        if (!Given(sent.Anchor))
        {
            return Given(sent.Quote) || Given(sent.Prefix) || Given(sent.Suffix)
                ? (null, "A quote is kept with the anchor of its paragraph: add \"anchor\".")
                : (BookmarkTarget.ForWork(work.Symbol), null);
        }

        var paragraph = await HeldParagraph.ReadAsync(db, work, sent.Anchor!, cancellationToken);
        if (!paragraph.IsHeld)
        {
            return (null, paragraph.NotHeldProblem);
        }

        if (!Given(sent.Quote))
        {
            return (BookmarkTarget.ForParagraph(work.Symbol, paragraph.Anchor), null);
        }

        var quote = TextReferenceResolver.Normalise(sent.Quote!);
        var prefix = TextReferenceResolver.Normalise(sent.Prefix ?? "");
        var suffix = TextReferenceResolver.Normalise(sent.Suffix ?? "");
        if (quote.Length > BookmarkTarget.MaxQuoteLength || prefix.Length > BookmarkTarget.MaxContextLength || suffix.Length > BookmarkTarget.MaxContextLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"A quote is kept up to {BookmarkTarget.MaxQuoteLength} characters, its prefix and suffix up to {BookmarkTarget.MaxContextLength} each."));
        }

        return paragraph.Holds(quote)
            ? (BookmarkTarget.ForPassage(work.Symbol, paragraph.Anchor, quote, prefix, suffix), null)
            : (null, paragraph.QuoteNotHeldProblem);
    }

    private static (BookmarkTarget? Target, string? Problem) ReadSearch(BookmarkTargetDto sent)
    {
        if (Given(sent.Anchor) || Given(sent.Quote))
        {
            return (null, "A saved search has a query and filters, not an anchor or a quote.");
        }

        var query = sent.Query!.Trim();
        if (query.Length > BookmarkTarget.MaxQueryLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"A saved query is kept up to {BookmarkTarget.MaxQueryLength} characters."));
        }

        var filters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in sent.Filters ?? new Dictionary<string, string>())
        {
            var key = name.Trim().ToLowerInvariant();
            if (!FilterNames.Contains(key))
            {
                return (null, $"'{name}' is not a search filter. Use: {string.Join(", ", FilterNames)}.");
            }

            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxFilterValueLength)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"The filter '{key}' needs a value of 1 to {MaxFilterValueLength} characters."));
            }

            filters[key] = value.Trim();
        }

        var stored = string.Join('&', filters.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));
        return stored.Length > BookmarkTarget.MaxFiltersLength
            ? (null, "The filters are too long to keep.")
            : (BookmarkTarget.ForSearch(query, stored), null);
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
