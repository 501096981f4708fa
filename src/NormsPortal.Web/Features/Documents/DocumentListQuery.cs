using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Documents;

/// <summary>Filters, sorts and pages the works for lists and the API.</summary>
public sealed class DocumentListQuery(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Runs a request that <see cref="DocumentListRequest.Validate"/> accepted.</summary>
    public async Task<ListPage<DocumentSummaryDto>> RunAsync(DocumentListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var works = Filter(db, request);
        var total = await works.CountAsync(cancellationToken);

        var rows = await Sort(works, request.Sort)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(w => new
            {
                w.Symbol,
                w.Kind,
                w.Title,
                TitleFact = w.Facts.Where(f => f.Key == FactKeys.Title).Select(f => new { f.Value, f.Verified }).FirstOrDefault(),
                w.Date,
                w.Session,
                Languages = w.Expressions.Select(e => e.Language).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new DocumentSummaryDto(
            r.Symbol,
            r.Kind.ToName(),
            r.Title ?? r.TitleFact?.Value,
            r.Title is not null && (r.TitleFact?.Verified ?? true),
            r.Date,
            r.Session,
            [.. r.Languages.Order(StringComparer.Ordinal)],
            r.Languages.Count > 0,
            DocumentUrls.For(r.Symbol))).ToList();
        return new ListPage<DocumentSummaryDto>(items, total, request.Page, request.PageSize);
    }

    private static IQueryable<Work> Filter(PortalDbContext db, DocumentListRequest request)
    {
        var works = db.Works.AsNoTracking();
        if (WorkKindNames.TryParse(request.Kind, out var kind))
        {
            works = works.Where(w => w.Kind == kind);
        }

        if (request.Track is { Length: > 0 } track)
        {
            works = works.Where(w => db.TrackMembers.Any(m => m.WorkSymbol == w.Symbol && db.Tracks.Any(t => t.Id == m.TrackId && t.Key == track)));
        }

        if (request.Body is { Length: > 0 } body)
        {
            works = works.Where(w => w.Body == body);
        }

        if (request.Session is { } session)
        {
            works = session.OfTheCouncil
                ? works.Where(w => w.Session == session.Number && w.Body == SessionChoice.HumanRightsCouncil)
                : works.Where(w => w.Session == session.Number && (w.Body == null || w.Body != SessionChoice.HumanRightsCouncil));
        }

        if (request.YearFrom is { } from)
        {
            var start = new DateOnly(from, 1, 1);
            works = works.Where(w => w.Date >= start);
        }

        if (request.YearTo is { } to)
        {
            var end = new DateOnly(to, 12, 31);
            works = works.Where(w => w.Date <= end);
        }

        if (request.Language is { Length: > 0 } language)
        {
            works = works.Where(w => w.Expressions.Any(e => e.Language == language));
        }

        if (request.HasText is { } hasText)
        {
            works = works.Where(w => w.Expressions.Any() == hasText);
        }

        return works;
    }

    private static IOrderedQueryable<Work> Sort(IQueryable<Work> works, string? sort) => sort switch
    {
        "date-asc" => works.OrderBy(w => w.Date == null).ThenBy(w => w.Date).ThenBy(w => w.Symbol),
        "symbol" => works.OrderBy(w => w.Symbol),
        "title" => works.OrderBy(w => w.Title == null).ThenBy(w => w.Title).ThenBy(w => w.Symbol),
        _ => works.OrderBy(w => w.Date == null).ThenByDescending(w => w.Date).ThenBy(w => w.Symbol),
    };
}
