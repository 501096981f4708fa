using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// A library, or one collection of it, as a file: <c>json</c> (everything, for <see cref="LibraryImport"/>),
/// <c>csv</c> (one row per bookmark), or for reference managers <c>csl-json</c>, <c>bibtex</c> and <c>ris</c>,
/// the citation API's own formats (<see cref="CitationExports"/>) with paragraph pinpoints, and each
/// bookmark's quote and note as the entry's note. Saved searches cite nothing and are only in JSON and CSV.
/// </summary>
public sealed class LibraryExport(LibraryService library, ICitationService citations, IDbContextFactory<PortalDbContext> contextFactory)
{
    public const string Json = "json";
    public const string Csv = "csv";

    private static readonly string[] s_csvHeader =
        ["Id", "Kind", "Label", "Url", "Norm", "Symbol", "Anchor", "Quote", "Query", "Filters", "Place", "Note", "Tags", "Collections", "CreatedAt", "UpdatedAt"];

    /// <summary>Every format name: <c>csv</c>, <c>json</c> and the citation files.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [Csv, Json, .. CitationFormats.Downloads.Select(f => f.ToName())];

    public static bool IsFormat(string? name) => FormatNames.Contains(name?.Trim().ToLowerInvariant());

    /// <summary>How a format is named to readers: "CSV", "JSON", or the citation format's own label ("BibTeX").</summary>
    public static string FormatLabel(string name) =>
        CitationFormats.TryParse(name, out var citationFormat) ? citationFormat.Label() : name.ToUpperInvariant();

    /// <summary>The file of <paramref name="ownerId"/>'s library (or collection) in <paramref name="format"/>; <paramref name="site"/> makes permalinks absolute.</summary>
    public async Task<LibraryFile> RenderAsync(string ownerId, string format, int? collection, Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        var name = format.Trim().ToLowerInvariant();
        var bookmarks = await library.AllBookmarksAsync(ownerId, collection, cancellationToken);
        var collections = await library.ListCollectionsAsync(ownerId, cancellationToken);
        if (collection is { } only)
        {
            collections = [.. collections.Where(c => c.Id == only)];
        }

        if (name == Json)
        {
            var document = new LibraryDocument(LibraryDocument.FormatName, LibraryDocument.CurrentVersion, DateTime.UtcNow, collections, bookmarks);
            return new LibraryFile(JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Web), "application/json; charset=utf-8", "library.json");
        }

        if (name == Csv)
        {
            return new LibraryFile(CsvOf(bookmarks, collections), "text/csv; charset=utf-8", "library.csv");
        }

        if (!CitationFormats.TryParse(name, out var citationFormat) || !citationFormat.IsDownload())
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not a library export format.");
        }

        var entries = await CitationEntriesAsync(bookmarks, site, cancellationToken);
        return new LibraryFile(
            Encoding.UTF8.GetBytes(CitationExports.Render(citationFormat, entries)),
            citationFormat.ContentType(),
            "library" + (citationFormat == CitationFormat.CslJson ? "-csl" : "") + citationFormat.Extension());
    }

    private async Task<IReadOnlyList<CitationEntry>> CitationEntriesAsync(IReadOnlyList<BookmarkDto> bookmarks, Uri site, CancellationToken cancellationToken)
    {
        // A norm is cited where it is stated: its paragraph of 73/27.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var statements = await db.Norms.AsNoTracking()
            .ToDictionaryAsync(n => n.Number, n => (n.Statement.Symbol, n.Statement.Anchor), cancellationToken);
        var entries = new List<CitationEntry>();
        foreach (var bookmark in bookmarks)
        {
            var target = bookmark.Target;
            var (symbol, anchor) = target.Norm is { } number && statements.TryGetValue(number, out var statement)
                ? (statement.Symbol, statement.Anchor)
                : (target.Symbol, bookmark.Place?.Anchor ?? target.Anchor);
            if (symbol is null)
            {
                continue;
            }

            var lookup = await citations.FindAsync(symbol, anchor, cancellationToken);
            if (lookup.Status == CitationLookupStatus.UnknownAnchor)
            {
                // A paragraph gone after a re-import: the work is still cited, and the note keeps the quote.
                lookup = await citations.FindAsync(symbol, null, cancellationToken);
            }

            if (lookup.Target is { } cited)
            {
                entries.Add(new CitationEntry(cited, new Uri(site, DocumentUrls.For(cited.Work.Symbol, cited.Anchor)), CitationNote(bookmark)));
            }
        }

        return entries;
    }

    /// <summary>The quote of a passage (and that it is no longer in the text, when so), then the note.</summary>
    private static string? CitationNote(BookmarkDto bookmark)
    {
        var parts = new List<string>();
        if (bookmark.Place?.State == "missing")
        {
            parts.Add("No longer in the text held by the portal.");
        }

        if (!string.IsNullOrWhiteSpace(bookmark.Target.Quote))
        {
            parts.Add("“" + bookmark.Target.Quote + "”");
        }

        if (!string.IsNullOrWhiteSpace(bookmark.Note))
        {
            parts.Add(bookmark.Note.Trim());
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static byte[] CsvOf(IReadOnlyList<BookmarkDto> bookmarks, IReadOnlyList<CollectionDto> collections)
    {
        var names = collections.ToDictionary(c => c.Id, c => c.Name);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(s_csvHeader);
            foreach (var b in bookmarks)
            {
                var t = b.Target;
                csv.WriteRecord(
                [
                    b.Id.ToString(CultureInfo.InvariantCulture), t.Kind ?? "", b.Label, b.Url, t.Norm ?? "", t.Symbol ?? "", t.Anchor ?? "", t.Quote ?? "",
                    t.Query ?? "", t.Filters is null ? "" : string.Join("; ", t.Filters.Select(f => f.Key + "=" + f.Value)), b.Place?.State ?? "", b.Note,
                    string.Join("; ", b.Tags), string.Join("; ", collections.Where(c => b.Collections.Contains(c.Id)).Select(c => c.Name)),
                    b.CreatedAt.ToString("O", CultureInfo.InvariantCulture), b.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                ]);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>An export: its bytes, media type and file name.</summary>
public sealed record LibraryFile(byte[] Content, string ContentType, string FileName);
