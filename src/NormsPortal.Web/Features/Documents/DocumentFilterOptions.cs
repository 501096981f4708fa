using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.Documents;

/// <summary>The values a document list can be filtered by, as the corpus holds them.</summary>
/// <param name="Kinds">Kind names that occur, in the enum's order.</param>
/// <param name="Tracks">Curated tracks, in their order.</param>
/// <param name="Bodies">Organs that occur, alphabetically.</param>
/// <param name="Languages">The official languages, in the UN's order.</param>
/// <param name="Sessions">Sessions that occur: the General Assembly's, then the Human Rights Council's, each newest first.</param>
public sealed record DocumentFilterOptionsDto(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<TrackOptionDto> Tracks,
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string> Languages,
    IReadOnlyList<SessionOptionDto> Sessions);

/// <summary>A session to filter by: its value for the address (<c>ga-75</c>), its organ and its label ("General Assembly — 75th session").</summary>
public sealed record SessionOptionDto(string Value, string Organ, string Label);

/// <summary>A track to filter by: its key for the URL and its title to show.</summary>
public sealed record TrackOptionDto(string Key, string Title);

/// <summary>Reads the filter values of the document list from the database.</summary>
public sealed class DocumentFilterOptions(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<DocumentFilterOptionsDto> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var kinds = await db.Works.AsNoTracking().Select(w => w.Kind).Distinct().ToListAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Ordinal)
            .Select(t => new TrackOptionDto(t.Key, t.Title)).ToListAsync(cancellationToken);
        var bodies = await db.Works.AsNoTracking().Where(w => w.Body != null).Select(w => w.Body!).Distinct().ToListAsync(cancellationToken);
        var sessions = await db.Works.AsNoTracking().Where(w => w.Session != null)
            .Select(w => new { OfTheCouncil = w.Body == SessionChoice.HumanRightsCouncil, Number = w.Session!.Value }).Distinct().ToListAsync(cancellationToken);

        return new DocumentFilterOptionsDto(
            [.. kinds.Order().Select(kind => kind.ToName())],
            tracks,
            [.. bodies.Order(StringComparer.Ordinal)],
            Languages.Official,
            [.. sessions.OrderBy(s => s.OfTheCouncil).ThenByDescending(s => s.Number)
                .Select(s => new SessionChoice(s.OfTheCouncil, s.Number))
                .Select(s => new SessionOptionDto(s.Value, s.Organ, s.Label))]);
    }
}
